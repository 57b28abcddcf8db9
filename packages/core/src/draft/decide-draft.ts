import { z } from "zod";
import type { Ctx } from "../context.ts";
import { Conflict, Forbidden, Invalid } from "../errors.ts";
import { assertCan, can } from "../membership/permissions.ts";
import { getPractice } from "../practice/get-practice.ts";
import { checkReply } from "../reply-safety/check-reply.ts";
import { mayApprove } from "./approval-policy.ts";
import { recordAggregatesForDecision } from "../analytics/record-aggregates.ts";
import { decisionPut } from "./decision-record.ts";
import { loadDraft, saveDraft } from "./draft-store.ts";
import type { Draft } from "./draft.ts";
import { repliedMessageText } from "./replied-message.ts";

export const DecideDraftInput = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("approve"),
    version: z.number().int().positive(),
    /** Approve with edits: the text that will be sent instead. */
    text: z.string().min(1).max(5000).optional(),
    /** A physician may send a reply the checker flags, with a written reason. */
    overrideReason: z.string().min(10).max(1000).optional(),
  }),
  z.object({ decision: z.literal("reject"), version: z.number().int().positive(), reason: z.string().min(3).max(1000) }),
]);

/**
 * A decision on a submitted draft by someone the practice's approval policy allows. An unsafe
 * reply (as submitted or as edited) cannot be approved unless a physician overrides with a reason.
 * Each decision is its own record (who, when, whether edited), for turnaround and edit rates.
 */
export async function decideDraft(ctx: Ctx, conversationId: string, draftId: string, raw: z.input<typeof DecideDraftInput>): Promise<Draft> {
  if (ctx.actor.role === "system") throw new Forbidden();
  assertCan(ctx.actor.role, "draft.decide");
  const input = DecideDraftInput.parse(raw);
  const current = await loadDraft(ctx, conversationId, draftId);
  if (current.version !== input.version) throw new Conflict("Someone else decided or changed this draft first; here is the current version", current);
  if (current.status !== "submitted") throw new Invalid(`A ${current.status} draft is not awaiting a decision`);
  const practice = await getPractice(ctx, ctx.actor.practiceId);
  if (!mayApprove(ctx.actor.role, current.category, practice.settings)) {
    throw new Forbidden(`A reply to a ${current.category} message needs approval by: ${current.approvers.join(" or ")}`);
  }
  const now = ctx.clock().toISOString();
  const base = { ...current, decidedAt: now, decidedBy: ctx.actor.userId, updatedAt: now, version: current.version + 1 };
  if (input.decision === "reject") {
    const next: Draft = { ...base, status: "rejected", rejectionReason: input.reason };
    const decision = decisionPut(ctx, current, "rejected", false);
    const saved = await saveDraft(ctx, current, next, { action: "draft.rejected", entityType: "draft", entityId: draftId }, [decision]);
    await recordAggregatesForDecision(ctx, ctx.actor.practiceId, decision.Put.Item);
    return saved;
  }
  const edited = input.text !== undefined && input.text !== current.text;
  const text = input.text ?? current.text;
  const safety = edited ? checkReply({ message: await repliedMessageText(ctx, current), reply: text, category: current.category, language: current.language }) : current.safety;
  let override: Draft["override"] = null;
  if (!safety.safe) {
    if (!input.overrideReason) throw new Invalid("This reply has safety problems: fix them, or (physicians only) override with a written reason");
    if (!can(ctx.actor.role, "draft.override_safety")) throw new Forbidden("Only a physician can override the safety check");
    override = { reason: input.overrideReason, by: ctx.actor.userId, at: now };
  }
  const next: Draft = { ...base, text, safety, override, status: "approved", send: { ...current.send, nextAttemptAt: now } };
  const action = override ? "draft.approved_with_override" : edited ? "draft.approved_with_edits" : "draft.approved";
  const decision = decisionPut(ctx, current, edited ? "approved_with_edits" : "approved", Boolean(override));
  const saved = await saveDraft(ctx, current, next, { action, entityType: "draft", entityId: draftId, meta: { edited, override: Boolean(override) } }, [decision]);
  await recordAggregatesForDecision(ctx, ctx.actor.practiceId, decision.Put.Item);
  return saved;
}
