import { z } from "zod";
import type { Ctx } from "../context.ts";
import { Conflict, Invalid } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { checkReply } from "../reply-safety/check-reply.ts";
import { loadDraft, saveDraft } from "./draft-store.ts";
import type { Draft } from "./draft.ts";
import { repliedMessageText } from "./replied-message.ts";
import { NO_ARTICLE } from "./default-templates.ts";

export const EditDraftInput = z.object({
  version: z.number().int().positive(),
  text: z.string().min(1).max(5000),
  private: z.boolean().optional(),
});

const EDITABLE = new Set(["draft", "submitted", "rejected"]);

/** The bracketed instruction of the no-article note: while it is in the text, the answer is still unwritten. */
const stillNeedsArticle = (text: string, language: Draft["language"]) => text.includes(NO_ARTICLE[language].match(/\[[^\]]+\]/)![0]);

/** Staff edit a draft; it is re-checked at once, and goes back to `draft` if it had been submitted. */
export async function editDraft(ctx: Ctx, conversationId: string, draftId: string, raw: z.input<typeof EditDraftInput>): Promise<Draft> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "draft.edit");
  const input = EditDraftInput.parse(raw);
  const current = await loadDraft(ctx, conversationId, draftId);
  if (current.version !== input.version) throw new Conflict("Someone else changed this draft first; here is the current version", current);
  if (!EDITABLE.has(current.status)) throw new Invalid(`A ${current.status} draft cannot be edited`);
  const message = await repliedMessageText(ctx, current);
  const next: Draft = {
    ...current,
    text: input.text,
    // Staff who write the answer themselves (removing the note) may submit it.
    needsArticle: current.needsArticle && stillNeedsArticle(input.text, current.language),
    private: input.private ?? current.private,
    safety: checkReply({ message, reply: input.text, category: current.category, language: current.language }),
    status: "draft",
    override: null,
    submittedAt: null,
    submittedBy: null,
    updatedAt: ctx.clock().toISOString(),
    version: current.version + 1,
  };
  return saveDraft(ctx, current, next, { action: "draft.edited", entityType: "draft", entityId: draftId, meta: { safe: next.safety.safe } });
}
