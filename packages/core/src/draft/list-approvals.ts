import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Ctx } from "../context.ts";
import { assertCan } from "../membership/permissions.ts";
import { withStore } from "../storage/store-errors.ts";
import { approvalQueueKey, toDraft, type Draft } from "./draft.ts";

/** Drafts awaiting a decision that the actor may make, oldest first (a Query on gsi1). */
export async function listApprovals(ctx: Ctx, options: { limit?: number } = {}): Promise<Draft[]> {
  if (ctx.actor.role === "system") return [];
  assertCan(ctx.actor.role, "draft.decide");
  const role = ctx.actor.role;
  const res = await withStore(() =>
    ctx.store.doc.send(
      new QueryCommand({
        TableName: ctx.store.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :h",
        ExpressionAttributeValues: { ":h": approvalQueueKey(ctx.actor.practiceId) },
        ScanIndexForward: true,
        Limit: Math.min(options.limit ?? 100, 200),
      }),
    ),
  );
  return (res.Items ?? []).map(toDraft).filter((d) => d.approvers.includes(role));
}
