import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Ctx } from "../context.ts";
import { assertConversationExists } from "../conversation/assert-conversation-exists.ts";
import { assertCan } from "../membership/permissions.ts";
import { withStore } from "../storage/store-errors.ts";
import { type Presence, PRESENCE_SK_PREFIX, presenceKey, toPresence } from "./presence.ts";

/**
 * Who is on the conversation now: one Query on its partition, limited to presence items,
 * with items past their expiry filtered out (TTL deletion is lazy). Oldest arrival first.
 */
export async function listPresence(ctx: Ctx, conversationId: string): Promise<Presence[]> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "conversation.read");
  await assertConversationExists(ctx, conversationId);
  const { pk } = presenceKey(ctx.actor.practiceId, conversationId, "");
  const res = await withStore(() =>
    ctx.store.doc.send(
      new QueryCommand({
        TableName: ctx.store.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
        FilterExpression: "expiresAt > :now",
        ExpressionAttributeValues: { ":pk": pk, ":p": PRESENCE_SK_PREFIX, ":now": Math.floor(ctx.clock().getTime() / 1000) },
      }),
    ),
  );
  return (res.Items ?? []).map(toPresence).sort((a, b) => a.seenAt.localeCompare(b.seenAt) || a.userId.localeCompare(b.userId));
}
