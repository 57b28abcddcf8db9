import type { Category, ConversationSummary, Language, Role } from "./types";

// Wire types of drafts, approvals, articles and audit events, mirroring
// packages/functions/src/api/draft-schemas.ts and friends.

export type ViolationType =
  | "confirms_patient"
  | "phi_echo"
  | "individual_advice"
  | "identifiers"
  | "missing_emergency_guidance";

/** `start`/`end` are UTF-16 offsets into the checked text, as JavaScript strings count them. */
export type Violation = { type: ViolationType; start: number; end: number; text: string; explanation: string };
export type Safety = { safe: boolean; violations: Violation[] };

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

export type Draft = {
  id: string;
  conversationId: string;
  replyToMessageId: string;
  category: Category;
  language: Language;
  text: string;
  articleIds: string[];
  needsArticle: boolean;
  private: boolean;
  safety: Safety;
  status: DraftStatus;
  approvers: Role[];
  override: { reason: string; by: string; at: string } | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  rejectionReason: string | null;
  send: {
    attempts: number;
    nextAttemptAt: string | null;
    lastError: string | null;
    platformReplyId: string | null;
    sentAt: string | null;
    leaseUntil: string | null;
  };
  version: number;
};

export type ApprovalItem = { draft: Draft; conversation: ConversationSummary; message: string };

export type Article = {
  id: string;
  title: string;
  summary: string;
  url: string;
  topics: string[];
  language: Language;
  status: "active" | "retired";
  version: number;
};

export type AuditEvent = {
  id: string;
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  meta: Record<string, unknown> | null;
};

/** The 409 body: the record as it is now, so the page can refresh without guessing. */
export type ConflictBody = { code: string; message: string; current?: unknown };
