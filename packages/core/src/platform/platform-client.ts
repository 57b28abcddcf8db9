import type { InboundMessage } from "./inbound-message.ts";

/** Where a reply goes: taken from the inbound message it answers. */
export interface ReplyTarget {
  /** The practice's account on the platform (Page id, X user id, location name, ...). */
  accountId: string;
  /** The platform id of the message being answered. */
  platformMessageId: string;
  threadKey: string;
  authorPlatformId?: string;
  replyRef?: Record<string, string>;
  /** True to answer privately (DM, SMS, email); false to answer in the public thread. */
  private: boolean;
}

export interface SendReplyInput {
  /** The channel's credentials (tokens), never logged. */
  credentials: Record<string, string>;
  target: ReplyTarget;
  text: string;
  /** Stable per reply: sent where the platform supports idempotency, and logged instead of text. */
  idempotencyKey: string;
}

export interface SendReplyResult {
  platformReplyId: string;
  url?: string;
}

/** Sends replies through a platform's documented API, at a configurable base URL. */
export interface PlatformSender {
  sendReply(input: SendReplyInput): Promise<SendReplyResult>;
  /**
   * Reconciliation after an ambiguous send (timed out or dropped after the request went out):
   * looks on the platform for the reply. The result when found, null when the platform shows it
   * is not there; throws when it cannot tell. Only where the platform's API lets one look. Only
   * replies created at or after `window.notBefore` (the approval) with exactly this text count.
   */
  findReply?(input: SendReplyInput, window: { notBefore?: string }): Promise<SendReplyResult | null>;
}

export interface PollInput {
  credentials: Record<string, string>;
  accountId: string;
  /** Where the previous poll stopped (platform-specific: since_id, date_gmt, page token...). */
  cursor?: string;
  /** Extra channel settings, e.g. X watched hashtags/keywords. */
  settings?: Record<string, unknown>;
}

export interface PollResult {
  messages: InboundMessage[];
  /** Where the next poll starts; unchanged when nothing new arrived. */
  cursor?: string;
}

/** Reads new items from a platform that Bedside polls. */
export interface PlatformPoller {
  poll(input: PollInput): Promise<PollResult>;
}

/**
 * A failed platform call. `retryable` is true for 429, 5xx and network errors;
 * `retryAfterMs` carries the platform's rate-limit hint. `credentialsFailing` marks 401/403,
 * so channel health can flag it. The message never includes the reply text.
 */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly options: {
      status?: number;
      retryable: boolean;
      retryAfterMs?: number;
      credentialsFailing?: boolean;
      /** The request went out and no answer came back (timeout, connection dropped): it may have been applied. */
      ambiguous?: boolean;
    },
  ) {
    super(message);
    this.name = "PlatformError";
  }
}
