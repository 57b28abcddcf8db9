import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import type { Ctx } from "../context.ts";
import { assertConversationExists } from "../conversation/assert-conversation-exists.ts";
import { assertCan } from "../membership/permissions.ts";
import { withStore } from "../storage/store-errors.ts";
import { presenceKey } from "./presence.ts";

/** The person left the conversation: remove their presence at once instead of waiting for expiry. */
export async function clearPresence(ctx: Ctx, conversationId: string): Promise<void> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "conversation.read");
  await assertConversationExists(ctx, conversationId);
  await withStore(() =>
    ctx.store.doc.send(
      new DeleteCommand({ TableName: ctx.store.tableName, Key: presenceKey(ctx.actor.practiceId, conversationId, ctx.actor.userId) }),
    ),
  );
}
