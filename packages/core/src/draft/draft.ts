import type { Role } from "../membership/role.ts";
import type { Violation } from "../reply-safety/violation.ts";
import type { Category } from "../triage/category.ts";

export type DraftStatus =
  | "draft"
  | "submitted"
  | "approved"
  | "rejected"
  | "sending"
  | "retrying"
  | "sent"
  | "failed"
  | "superseded";

/** A proposed reply to a conversation, from draft through approval to sent. */
export interface Draft {
  id: string;
  practiceId: string;
  conversationId: string;
  /** The inbound message it answers (the latest when drafted). */
  replyToMessageId: string;
  category: Category;
  language: "en" | "es";
  text: string;
  articleIds: string[];
  needsArticle: boolean;
  /** Answer privately (DM, SMS, email) rather than in the public thread. */
  private: boolean;
  safety: { safe: boolean; violations: Violation[] };
  status: DraftStatus;
  /** Roles allowed to approve it, from the practice's approval policy. */
  approvers: Role[];
  override: { reason: string; by: string; at: string } | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  rejectionReason: string | null;
  send: { attempts: number; nextAttemptAt: string | null; lastError: string | null; platformReplyId: string | null; sentAt: string | null; leaseUntil: string | null };
  version: number;
}

export const draftKey = (practiceId: string, conversationId: string, draftId: string) => ({
  pk: `P#${practiceId}#CNV#${conversationId}`,
  sk: `DRAFT#${draftId}`,
});

/** gsi1 of a submitted draft: the practice's approval queue, oldest first. */
export const approvalQueueKey = (practiceId: string) => `P#${practiceId}#APPROVALS`;
/** gsi3 of an approved draft until sent or failed: the outbox the sender sweeps, due first. */
export const OUTBOX_KEY = "OUTBOX";

const STORAGE = new Set(["pk", "sk", "type", "gsi1pk", "gsi1sk", "gsi3pk", "gsi3sk"]);
export function toDraft(item: Record<string, unknown>): Draft {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !STORAGE.has(k))) as unknown as Draft;
}
