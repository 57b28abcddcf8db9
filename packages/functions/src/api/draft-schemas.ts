import { z } from "@hono/zod-openapi";

const Category = z.enum(["urgent", "personal", "education", "logistics", "feedback", "other"]);

export const ViolationBody = z.object({
  type: z.enum(["confirms_patient", "phi_echo", "individual_advice", "identifiers", "missing_emergency_guidance"]),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  explanation: z.string(),
});
export const SafetyBody = z.object({ safe: z.boolean(), violations: z.array(ViolationBody) }).openapi("Safety");

export const DraftBody = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    replyToMessageId: z.string(),
    category: Category,
    language: z.enum(["en", "es"]),
    text: z.string(),
    articleIds: z.array(z.string()),
    needsArticle: z.boolean(),
    private: z.boolean(),
    safety: SafetyBody,
    status: z.enum(["draft", "submitted", "approved", "rejected", "sending", "retrying", "sent", "failed", "superseded"]),
    approvers: z.array(z.enum(["staff", "physician", "admin"])),
    override: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    submittedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
    rejectionReason: z.string().nullable(),
    send: z.object({
      attempts: z.number(),
      nextAttemptAt: z.string().nullable(),
      lastError: z.string().nullable(),
      platformReplyId: z.string().nullable(),
      sentAt: z.string().nullable(),
      leaseUntil: z.string().nullable(),
    }),
    version: z.number(),
  })
  .openapi("Draft");

export const DraftParams = z.object({ id: z.string().min(1).max(64), draftId: z.string().min(1).max(64) });
export const EditBody = z.object({ version: z.number().int().positive(), text: z.string().min(1).max(5000), private: z.boolean().optional() });
export const SubmitBody = z.object({ version: z.number().int().positive(), sendNow: z.boolean().optional() });
export const DecisionBody = z.union([
  z.object({
    decision: z.literal("approve"),
    version: z.number().int().positive(),
    text: z.string().min(1).max(5000).optional(),
    overrideReason: z.string().min(10).max(1000).optional(),
  }),
  z.object({ decision: z.literal("reject"), version: z.number().int().positive(), reason: z.string().min(3).max(1000) }),
]);
export const CheckBody = z.object({ text: z.string().min(1).max(5000) });
