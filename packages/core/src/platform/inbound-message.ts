import type { MessageKind, Platform } from "./platform.ts";

/**
 * One message as a platform delivered it, normalised so that everything after the
 * webhook or poller is platform-neutral. Normalisers are pure: payload in, these out.
 */
export interface InboundMessage {
  platform: Platform;
  /** The practice's own account the event was addressed to: Page id, IG account id, X user id,
   * GBP location name, LinkedIn organization URN, WordPress site URL, inbound email address, SMS number.
   * Used to route the event to the practice that connected that account. */
  accountId: string;
  kind: MessageKind;
  /** The platform's own id of this message; the idempotency key (unique per platform). */
  platformMessageId: string;
  /** Groups messages into one conversation: the root comment/post id of a comment thread,
   * the DM partner, the review name, the remote phone number, the email thread root. */
  threadKey: string;
  /** The platform id of the item this message answers (parent comment, replied-to tweet), if any. */
  parentPlatformId?: string;
  /** What the message was left on, so staff never need to open the platform. */
  context?: { platformId?: string; text?: string; url?: string };
  author: { platformId?: string; handle?: string; name?: string };
  text: string;
  /** A link to the message on the platform, when the platform has one. */
  url?: string;
  /** ISO 8601 time the author sent it. */
  sentAt: string;
  action: "created" | "edited" | "deleted";
  /** Extra platform ids needed later to reply (e.g. the IG media id, the WordPress post id). */
  replyRef?: Record<string, string>;
}
