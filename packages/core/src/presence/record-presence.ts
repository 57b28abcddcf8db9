import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Ctx } from "../context.ts";
import { Conflict, NotFound } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { expiresAtFor, PresenceActivity, presenceKey } from "./presence.ts";

export const RecordPresenceInput = z.object({
  activity: PresenceActivity,
  /** The signed-in user's display name, from the session's user record. */
  name: z.string().min(1).max(120),
});
export type RecordPresenceInput = z.input<typeof RecordPresenceInput>;

const CONVERSATION_ID = /^cnv_[0-9a-z]{26}$/;

/**
 * A heartbeat: "I am viewing (or editing the reply of) this conversation". Overwrites the
 * person's one presence item and pushes its expiry forward. Not audited: it changes nothing
 * and would flood the history; it only ever names the person and what they are doing.
 * The conversation must exist in the actor's practice (a condition in the same transaction),
 * so no stray partitions are created from made-up ids.
 */
export async function recordPresence(ctx: Ctx, conversationId: string, raw: RecordPresenceInput): Promise<void> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "conversation.read");
  const input = RecordPresenceInput.parse(raw);
  if (!CONVERSATION_ID.test(conversationId)) throw new NotFound("No such conversation");
  const now = ctx.clock();
  try {
    await withStore(() =>
      ctx.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              ConditionCheck: {
                TableName: ctx.store.tableName,
                Key: keys.conversation(ctx.actor.practiceId, conversationId),
                ConditionExpression: "attribute_exists(pk)",
              },
            },
            {
              Put: {
                TableName: ctx.store.tableName,
                Item: {
                  ...presenceKey(ctx.actor.practiceId, conversationId, ctx.actor.userId),
                  type: "presence",
                  userId: ctx.actor.userId,
                  name: input.name,
                  role: ctx.actor.role,
                  activity: input.activity,
                  seenAt: now.toISOString(),
                  expiresAt: expiresAtFor(now),
                },
              },
            },
          ],
        }),
      ),
    );
  } catch (error) {
    if (error instanceof Conflict) throw new NotFound("No such conversation");
    throw error;
  }
}
