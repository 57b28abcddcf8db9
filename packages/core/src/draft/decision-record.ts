import type { Ctx } from "../context.ts";
import type { Draft } from "./draft.ts";

export type DecisionOutcome = "approved" | "approved_with_edits" | "rejected";

/**
 * A physician's (or allowed staff member's) decision as its own immutable record, in the
 * conversation's partition: who, when, what, and how long it waited since submission.
 */
export function decisionPut(ctx: Ctx, draft: Draft, outcome: DecisionOutcome, override: boolean) {
  const at = ctx.clock().toISOString();
  const id = ctx.newId("apr");
  const waitedMs = draft.submittedAt ? Date.parse(at) - Date.parse(draft.submittedAt) : 0;
  return {
    Put: {
      TableName: ctx.store.tableName,
      Item: {
        pk: `P#${draft.practiceId}#CNV#${draft.conversationId}`,
        sk: `DECISION#${at}#${id}`,
        type: "approval",
        id,
        draftId: draft.id,
        conversationId: draft.conversationId,
        category: draft.category,
        outcome,
        override,
        decidedBy: ctx.actor.userId,
        decidedByRole: ctx.actor.role,
        submittedAt: draft.submittedAt,
        decidedAt: at,
        waitedMs,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}
