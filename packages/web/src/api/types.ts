import type { Draft } from "./draft-types";

// Wire types of the dashboard API. They mirror the contract the server
// implements; keep names exactly as in shared/conventions.md.

export const roles = ["staff", "physician", "admin"] as const;
export type Role = (typeof roles)[number];

export const platforms = [
  "x",
  "facebook",
  "instagram",
  "linkedin",
  "google_reviews",
  "blog",
  "web_form",
  "email",
  "sms",
] as const;
export type Platform = (typeof platforms)[number];

// In order of precedence, as in triage-taxonomy.md.
export const categories = ["urgent", "personal", "education", "logistics", "feedback", "other"] as const;
export type Category = (typeof categories)[number];

export type MessageKind =
  | "mention"
  | "comment"
  | "direct_message"
  | "review"
  | "form_submission"
  | "email"
  | "sms";

export type Language = "en" | "es";
export type ConversationStatus = "open" | "done";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  practice: { id: string; slug: string; name: string };
  /** What the role may do, from the server's table; used only to hide controls. */
  permissions?: string[];
};

export type ConversationSummary = {
  id: string;
  channelId: string;
  platform: Platform;
  kind: MessageKind;
  authorHandle: string | null;
  authorName: string | null;
  preview: string;
  category: Category;
  reasons: string[];
  containsPhi: boolean;
  language: Language;
  status: ConversationStatus;
  assigneeId: string | null;
  firstInboundAt: string;
  lastMessageAt: string;
  waitingSince: string | null;
  firstReplyAt: string | null;
  messageCount: number;
  url: string | null;
  context: { text?: string; url?: string } | null;
  /** The classifier's own category, kept when staff change `category`. */
  engineCategory?: Category;
  /** Optimistic-concurrency version; every PATCH sends it back. */
  version: number;
};

export type ConversationPage = { items: ConversationSummary[]; nextCursor: string | null };

export type Message = {
  id: string;
  direction: "inbound" | "outbound";
  kind: MessageKind;
  authorHandle: string | null;
  authorName: string | null;
  text: string;
  sentAt: string;
  url: string | null;
  category?: Category;
  reasons?: string[];
  containsPhi?: boolean;
  language?: Language;
  edited?: boolean;
  deleted?: boolean;
};

export type ConversationDetail = { conversation: ConversationSummary; messages: Message[]; drafts: Draft[] };

export type ApiErrorBody = { code: string; message: string };
