import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Ctx } from "../context.ts";
import { withStore } from "../storage/store-errors.ts";
import type { Draft } from "./draft.ts";

/** The text of the inbound message a draft answers (what the safety check compares against). */
export async function repliedMessageText(ctx: Ctx, draft: Draft): Promise<string> {
  const res = await withStore(() =>
    ctx.store.doc.send(
      new QueryCommand({
        TableName: ctx.store.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :m)",
        FilterExpression: "id = :id",
        ExpressionAttributeValues: { ":pk": `P#${draft.practiceId}#CNV#${draft.conversationId}`, ":m": "MSG#", ":id": draft.replyToMessageId },
      }),
    ),
  );
  return (res.Items?.[0]?.text as string | undefined) ?? "";
}
