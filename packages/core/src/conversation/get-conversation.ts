import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Ctx } from "../context.ts";
import { NotFound } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import type { Conversation, Message } from "./conversation.ts";
import { toConversation, toMessage } from "./to-conversation.ts";

/** All items of one conversation partition (one Query, paged). */
export async function queryConversationItems(ctx: Ctx, conversationId: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await withStore(() =>
      ctx.store.doc.send(
        new QueryCommand({
          TableName: ctx.store.tableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": keys.conversationItems(ctx.actor.practiceId, conversationId).pk },
          ExclusiveStartKey: start,
        }),
      ),
    );
    items.push(...(res.Items ?? []));
    start = res.LastEvaluatedKey;
  } while (start);
  return items;
}

/** One conversation of the actor's practice with its messages in order. Another practice's id is 404. */
export async function getConversation(
  ctx: Ctx,
  conversationId: string,
): Promise<{ conversation: Conversation; messages: Message[]; items: Record<string, unknown>[] }> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "conversation.read");
  if (!/^cnv_[0-9a-z]{26}$/.test(conversationId)) throw new NotFound("No such conversation");
  const items = await queryConversationItems(ctx, conversationId);
  const meta = items.find((i) => i.sk === "META");
  if (!meta) throw new NotFound("No such conversation");
  const messages = items.filter((i) => String(i.sk).startsWith("MSG#")).map(toMessage);
  return { conversation: toConversation(meta), messages, items };
}
