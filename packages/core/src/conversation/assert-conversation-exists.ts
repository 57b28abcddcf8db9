import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Ctx } from "../context.ts";
import { NotFound } from "../errors.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";

/**
 * 404 unless the conversation exists in the actor's practice: a verb on a made-up id or another
 * practice's id answers as if there were nothing there, never with an empty success.
 */
export async function assertConversationExists(ctx: Ctx, conversationId: string): Promise<void> {
  const res = await withStore(() =>
    ctx.store.doc.send(
      new GetCommand({ TableName: ctx.store.tableName, Key: keys.conversation(ctx.actor.practiceId, conversationId), ProjectionExpression: "pk" }),
    ),
  );
  if (!res.Item) throw new NotFound("No such conversation");
}
