import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Ctx } from "../context.ts";
import { NotFound } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { type Note, NOTE_SK_PREFIX, toNote } from "./note.ts";

/** A conversation's internal notes, oldest first: one Query on its partition (sk sorts by time). */
export async function listNotes(ctx: Ctx, conversationId: string): Promise<Note[]> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "conversation.read");
  if (!/^cnv_[0-9a-z]{26}$/.test(conversationId)) throw new NotFound("No such conversation");
  const pk = keys.conversationItems(ctx.actor.practiceId, conversationId).pk;
  const notes: Note[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await withStore(() =>
      ctx.store.doc.send(
        new QueryCommand({
          TableName: ctx.store.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :n)",
          ExpressionAttributeValues: { ":pk": pk, ":n": NOTE_SK_PREFIX },
          ExclusiveStartKey: start,
        }),
      ),
    );
    notes.push(...(res.Items ?? []).map(toNote));
    start = res.LastEvaluatedKey;
  } while (start);
  // Notes of an id that is not a conversation of this practice: 404, as for the thread itself.
  if (!notes.length) {
    const meta = await withStore(() => ctx.store.doc.send(new GetCommand({ TableName: ctx.store.tableName, Key: keys.conversation(ctx.actor.practiceId, conversationId) })));
    if (!meta.Item) throw new NotFound("No such conversation");
  }
  return notes;
}
