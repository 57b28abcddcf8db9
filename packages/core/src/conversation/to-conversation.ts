import type { Conversation, Message } from "./conversation.ts";

const CONVERSATION_FIELDS = [
  "id", "practiceId", "channelId", "platform", "kind", "threadKey", "authorHandle", "authorName",
  "authorPlatformId", "preview", "category", "reasons", "containsPhi", "language", "engineCategory",
  "status", "assigneeId", "firstInboundAt", "lastMessageAt", "waitingSince", "firstReplyAt",
  "messageCount", "url", "context", "version",
] as const;

const MESSAGE_FIELDS = [
  "id", "conversationId", "direction", "platform", "kind", "platformMessageId", "parentPlatformId",
  "authorHandle", "authorName", "authorPlatformId", "text", "sentAt", "receivedAt", "url", "replyRef",
  "triage", "edited", "deleted",
] as const;

function pick<T>(item: Record<string, unknown>, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = item[f] ?? null;
  return out as T;
}

/** Strips storage attributes (keys, index keys, type) from an item. */
export const toConversation = (item: Record<string, unknown>) => pick<Conversation>(item, CONVERSATION_FIELDS);
export const toMessage = (item: Record<string, unknown>) => pick<Message>(item, MESSAGE_FIELDS);
