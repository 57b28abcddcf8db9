/**
 * Every access pattern as a named key builder. README lists each with its index.
 * Practice-scoped keys start with `P#<practiceId>` so no key can reach another tenant's items.
 */
import type { Category } from "../triage/category.ts";
import type { Platform } from "../platform/platform.ts";

const p = (practiceId: string) => `P#${practiceId}`;

export const keys = {
  practice: (practiceId: string) => ({ pk: p(practiceId), sk: "PRACTICE" }),
  slug: (slug: string) => ({ pk: `SLUG#${slug}`, sk: "SLUG" }),
  /** Global: sign-in finds the practice and user from the email. */
  email: (email: string) => ({ pk: `EMAIL#${email.toLowerCase()}`, sk: "EMAIL" }),
  user: (practiceId: string, userId: string) => ({ pk: p(practiceId), sk: `USER#${userId}` }),
  usersOf: (practiceId: string) => ({ pk: p(practiceId), skPrefix: "USER#" }),
  channel: (practiceId: string, channelId: string) => ({ pk: p(practiceId), sk: `CHANNEL#${channelId}` }),
  channelsOf: (practiceId: string) => ({ pk: p(practiceId), skPrefix: "CHANNEL#" }),
  /** Global: webhooks route an event to the practice that owns the account it was sent to. */
  account: (platform: Platform, accountId: string) => ({ pk: `ACCOUNT#${platform}#${accountId}`, sk: "ACCOUNT" }),
  /** Global, expiring: failed sign-in counters per account and per client. */
  throttle: (scope: string) => ({ pk: `THROTTLE#${scope}`, sk: "THROTTLE" }),

  conversation: (practiceId: string, conversationId: string) => ({
    pk: `${p(practiceId)}#CNV#${conversationId}`,
    sk: "META",
  }),
  /** A conversation's items: META, MSG#<sentAt>#<id>, DRF#..., NOTE#... in one partition. */
  conversationItems: (practiceId: string, conversationId: string) => ({ pk: `${p(practiceId)}#CNV#${conversationId}` }),
  message: (practiceId: string, conversationId: string, sentAt: string, messageId: string) => ({
    pk: `${p(practiceId)}#CNV#${conversationId}`,
    sk: `MSG#${sentAt}#${messageId}`,
  }),
  /** Idempotency: one item per platform message id; a redelivery finds it and stores nothing. */
  platformMessage: (practiceId: string, platform: Platform, platformMessageId: string) => ({
    pk: `${p(practiceId)}#PMID#${platform}#${platformMessageId}`,
    sk: "PMID",
  }),
  /** Which conversation a platform thread belongs to. */
  thread: (practiceId: string, channelId: string, threadKey: string) => ({
    pk: `${p(practiceId)}#THREAD#${channelId}#${threadKey}`,
    sk: "THREAD",
  }),

  /** gsi1: the inbox in triage order for one status: urgent, personal, the rest; oldest waiting first. */
  inboxByPriority: (practiceId: string, status: string) => `${p(practiceId)}#INBOX#${status}`,
  /** gsi2: one status and category, newest first. */
  inboxByCategory: (practiceId: string, status: string, category: Category) =>
    `${p(practiceId)}#INBOX#${status}#C#${category}`,
  /** gsi3: one status and platform, newest first. */
  inboxByPlatform: (practiceId: string, status: string, platform: Platform) =>
    `${p(practiceId)}#INBOX#${status}#PL#${platform}`,

  /** Audit events, append-only, one partition per practice and day. */
  auditDay: (practiceId: string, day: string) => `${p(practiceId)}#AUDIT#${day}`,
  /** gsi1 of an audit event: every event of one entity (a conversation's history). */
  auditOfEntity: (practiceId: string, entityId: string) => `${p(practiceId)}#AUDIT_ENTITY#${entityId}`,

  /** Analytics: one counter item per practice and (practice-local) day, in one partition; a range is one Query. */
  aggregateDay: (practiceId: string, day: string) => ({ pk: `${p(practiceId)}#AGG`, sk: `DAY#${day}` }),
  aggregatesOf: (practiceId: string) => ({ pk: `${p(practiceId)}#AGG`, skPrefix: "DAY#" }),
  /**
   * Retention: one small marker per message (no text), sorted by when the message expires, so the
   * local sweep finds exactly the expired messages with one Query per practice, never a Scan.
   * On AWS, DynamoDB TTL deletes message and marker by their own `expiresAt`.
   */
  expiryMarker: (practiceId: string, expiresAt: number, messageSk: string, conversationId: string) => ({
    pk: `${p(practiceId)}#EXPIRY`,
    sk: `${String(expiresAt).padStart(12, "0")}#${conversationId}#${messageSk}`,
  }),
  expiryMarkersOf: (practiceId: string) => ({ pk: `${p(practiceId)}#EXPIRY` }),
  /** gsi1 of a practice item: every practice, for jobs that work practice by practice (backfill, retention). */
  allPractices: () => "PRACTICES",
};

/** Orders the triage inbox: lower sorts first. */
export function priorityRank(category: Category): number {
  return category === "urgent" ? 0 : category === "personal" ? 1 : 2;
}
