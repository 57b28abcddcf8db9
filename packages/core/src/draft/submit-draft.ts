import { z } from "zod";
import type { Ctx } from "../context.ts";
import { Conflict, Forbidden, Invalid } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { getPractice } from "../practice/get-practice.ts";
import { mayApprove } from "./approval-policy.ts";
import { loadDraft, saveDraft } from "./draft-store.ts";
import type { Draft } from "./draft.ts";

export const SubmitDraftInput = z.object({
  version: z.number().int().positive(),
  /** Urgent only: send the emergency guidance at once, without waiting for an approval. */
  sendNow: z.boolean().optional(),
});

/**
 * Submits a draft for approval. For an urgent message, someone allowed to approve urgent replies
 * may send a safe draft (the emergency guidance) at once; that is its own audited action.
 */
export async function submitDraft(ctx: Ctx, conversationId: string, draftId: string, raw: z.input<typeof SubmitDraftInput>): Promise<Draft> {
  if (ctx.actor.role === "system") throw new Forbidden();
  assertCan(ctx.actor.role, "draft.submit");
  const input = SubmitDraftInput.parse(raw);
  const current = await loadDraft(ctx, conversationId, draftId);
  if (current.version !== input.version) throw new Conflict("Someone else changed this draft first; here is the current version", current);
  if (current.status !== "draft" && current.status !== "rejected") throw new Invalid(`A ${current.status} draft cannot be submitted`);
  if (current.needsArticle) throw new Invalid("Write the answer (or add an article) before submitting: the draft still has the physician note");
  const now = ctx.clock().toISOString();
  if (input.sendNow) {
    const practice = await getPractice(ctx, ctx.actor.practiceId);
    if (current.category !== "urgent") throw new Invalid("Only the emergency reply to an urgent message can be sent at once");
    if (!mayApprove(ctx.actor.role, "urgent", practice.settings)) throw new Forbidden("Your role cannot send urgent replies at once");
    if (!current.safety.safe) throw new Invalid("This reply has safety problems; fix them before sending");
    const next: Draft = { ...current, status: "approved", submittedAt: now, submittedBy: ctx.actor.userId, decidedAt: now, decidedBy: ctx.actor.userId, updatedAt: now, version: current.version + 1, send: { ...current.send, nextAttemptAt: now } };
    return saveDraft(ctx, current, next, { action: "draft.sent_immediately", entityType: "draft", entityId: draftId, meta: { category: "urgent" } });
  }
  const next: Draft = { ...current, status: "submitted", submittedAt: now, submittedBy: ctx.actor.userId, rejectionReason: null, updatedAt: now, version: current.version + 1 };
  return saveDraft(ctx, current, next, { action: "draft.submitted", entityType: "draft", entityId: draftId, meta: { safe: current.safety.safe, category: current.category } });
}
