import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { cachedSettings } from "../analytics/settings-cache.ts";
import { auditPut } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import { Conflict, NotFound } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { messageExpiresAt } from "../retention/expires-at.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { type Note, NOTE_MAX_LENGTH, noteKey } from "./note.ts";

export const AddNoteInput = z.object({
  text: z.string().trim().min(1, "Write the note first").max(NOTE_MAX_LENGTH),
  /** The author's display name, from the session's user record. */
  authorName: z.string().min(1).max(120),
});
export type AddNoteInput = z.input<typeof AddNoteInput>;

const CONVERSATION_ID = /^cnv_[0-9a-z]{26}$/;

/**
 * Adds an internal note. The conversation must exist in the actor's practice (a condition in
 * the same transaction), and the audit event (`conversation.note_added`, ids only) is written
 * with it and listed under the conversation, so it appears in the history.
 */
export async function addNote(ctx: Ctx, conversationId: string, raw: AddNoteInput): Promise<Note> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "conversation.note");
  const input = AddNoteInput.parse(raw);
  if (!CONVERSATION_ID.test(conversationId)) throw new NotFound("No such conversation");
  const practiceId = ctx.actor.practiceId;
  const createdAt = ctx.clock().toISOString();
  const note: Note = {
    id: ctx.newId("nte"),
    conversationId,
    authorId: ctx.actor.userId,
    authorName: input.authorName,
    authorRole: ctx.actor.role,
    text: input.text,
    createdAt,
  };
  const { retentionDays } = await cachedSettings(ctx, practiceId);
  try {
    await withStore(() =>
      ctx.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { ConditionCheck: { TableName: ctx.store.tableName, Key: keys.conversation(practiceId, conversationId), ConditionExpression: "attribute_exists(pk)" } },
            {
              Put: {
                TableName: ctx.store.tableName,
                Item: { ...noteKey(practiceId, conversationId, createdAt, note.id), type: "note", ...note, expiresAt: messageExpiresAt(createdAt, retentionDays) },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            auditPut(ctx, { action: "conversation.note_added", entityType: "note", entityId: note.id, alsoEntityId: conversationId, meta: { conversationId } }),
          ],
        }),
      ),
    );
  } catch (error) {
    if (error instanceof Conflict) throw new NotFound("No such conversation");
    throw error;
  }
  return note;
}
