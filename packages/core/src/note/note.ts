import { keys } from "../storage/keys.ts";

/**
 * An internal note between staff on a conversation. Never sent to the author, never on a
 * platform; it sits in the conversation's partition beside the messages so the thread and its
 * notes are read together. Its text may mention health details, so like a message it expires
 * with the practice's retention period, and the audit event that records it holds ids only.
 */
export interface Note {
  id: string;
  conversationId: string;
  authorId: string;
  authorName: string;
  authorRole: string;
  text: string;
  createdAt: string;
}

export const NOTE_SK_PREFIX = "NOTE#";
export const NOTE_MAX_LENGTH = 2000;

export const noteKey = (practiceId: string, conversationId: string, createdAt: string, noteId: string) => ({
  pk: keys.conversationItems(practiceId, conversationId).pk,
  sk: `${NOTE_SK_PREFIX}${createdAt}#${noteId}`,
});

export function toNote(item: Record<string, unknown>): Note {
  return {
    id: String(item.id),
    conversationId: String(item.conversationId),
    authorId: String(item.authorId),
    authorName: String(item.authorName),
    authorRole: String(item.authorRole),
    text: String(item.text),
    createdAt: String(item.createdAt),
  };
}
