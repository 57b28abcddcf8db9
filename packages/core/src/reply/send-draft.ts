import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { getChannelRecord } from "../channel/find-channel.ts";
import { listChannels } from "../channel/list-channels.ts";
import type { Ctx } from "../context.ts";
import { queryConversationItems } from "../conversation/get-conversation.ts";
import { recordOutboundMessage } from "../conversation/record-outbound.ts";
import { toConversation, toMessage } from "../conversation/to-conversation.ts";
import { draftKey, toDraft, type Draft } from "../draft/draft.ts";
import { saveDraft } from "../draft/draft-store.ts";
import { PlatformError, type PlatformSender, type SendReplyInput, type SendReplyResult } from "../platform/platform-client.ts";
import type { Platform } from "../platform/platform.ts";
import { withStore } from "../storage/store-errors.ts";

export type SenderFor = (platform: Platform) => PlatformSender | null;
export const MAX_SEND_ATTEMPTS = 5;
const LEASE_MS = 60_000;
/** Shown to staff when a send's outcome is unknown and the platform cannot be asked. */
export const MAY_HAVE_BEEN_POSTED = "may have been posted; check before resending";

/** How a sender retries; the default is production's. Tests shorten the wait. */
export interface SendPolicy {
  /** The first retry's wait; each next one is four times longer. */
  retryBaseMs?: number;
}

/** 2s, 8s, 32s, 2m, 8m — or the platform's own rate-limit hint when longer. */
export function backoffMs(attempt: number, hintMs = 0, baseMs = 2_000): number {
  return Math.max(baseMs * 4 ** (attempt - 1), hintMs);
}

/**
 * Claims an approved draft for sending: only one sender at a time (a lease), and never one that
 * is already sent. The claim is the write that makes a retry safe. A claim that takes over an
 * expired lease (`takenOver`) follows a sender that crashed or could not record its outcome: that
 * attempt may have reached the platform.
 */
async function claim(ctx: Ctx, practiceId: string, conversationId: string, draftId: string): Promise<{ draft: Draft; takenOver: boolean } | null> {
  const now = ctx.clock();
  const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
  try {
    const res = await withStore(() =>
      ctx.store.doc.send(
        new UpdateCommand({
          TableName: ctx.store.tableName,
          Key: draftKey(practiceId, conversationId, draftId),
          UpdateExpression: "SET #s = :sending, send.leaseUntil = :lease, send.attempts = send.attempts + :one, version = version + :one",
          ConditionExpression: "(#s IN (:approved, :retrying) AND send.nextAttemptAt <= :now) OR (#s = :sending AND send.leaseUntil < :now)",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: {
            ":sending": "sending",
            ":approved": "approved",
            ":retrying": "retrying",
            ":now": now.toISOString(),
            ":lease": leaseUntil,
            ":one": 1,
          },
          ReturnValues: "ALL_OLD",
        }),
      ),
    );
    if (!res.Attributes) return null;
    const before = toDraft(res.Attributes);
    const draft: Draft = { ...before, status: "sending", version: before.version + 1, send: { ...before.send, leaseUntil, attempts: before.send.attempts + 1 } };
    return { draft, takenOver: before.status === "sending" };
  } catch (error) {
    if ((error as Error).name === "Conflict") return null;
    throw error;
  }
}

/**
 * The channel a reply leaves through: the conversation's own, except for a website-form question,
 * which has no platform to answer on and is answered from the practice's own email channel (a contact
 * with "@") or SMS channel (a phone number), whose address and credentials the sender needs.
 */
async function replyChannel(ctx: Ctx, practiceId: string, conversation: { platform: Platform; channelId: string }, contact: string | null | undefined) {
  if (conversation.platform !== "web_form") return getChannelRecord(ctx, practiceId, conversation.channelId);
  if (!contact) return null;
  const via: Platform = contact.includes("@") ? "email" : "sms";
  const found = (await listChannels(ctx)).find((c) => c.platform === via);
  return found ? getChannelRecord(ctx, practiceId, found.id) : null;
}

type Outcome = { posted: SendReplyResult; reconciled: boolean } | { error: PlatformError };

/**
 * After an ambiguous attempt (the request went out, no answer came back), asks the platform
 * whether the reply is there, where its API allows. Found: it was posted. Definitely absent: a
 * plain failure that may be retried. Cannot tell: stays ambiguous, and is never sent again.
 */
async function reconcile(sender: PlatformSender, input: SendReplyInput, error: PlatformError, notBefore: string | null): Promise<Outcome> {
  if (!sender.findReply) return { error };
  try {
    const found = await sender.findReply(input, { notBefore: notBefore ?? undefined });
    if (found) return { posted: found, reconciled: true };
    return { error: new PlatformError(error.message, { ...error.options, ambiguous: false }) };
  } catch {
    return { error };
  }
}

async function attempt(sender: PlatformSender, input: SendReplyInput, takenOver: boolean, notBefore: string | null): Promise<Outcome> {
  if (takenOver) {
    // The previous attempt's sender stopped before recording its outcome.
    return reconcile(sender, input, new PlatformError("An earlier send attempt was interrupted", { retryable: true, ambiguous: true }), notBefore);
  }
  try {
    return { posted: await sender.sendReply(input), reconciled: false };
  } catch (error) {
    // Anything but a PlatformError happened somewhere after the call began: treat it as unknown.
    const platformError = error instanceof PlatformError ? error : new PlatformError("Sending failed unexpectedly", { retryable: true, ambiguous: true });
    return platformError.options.ambiguous ? reconcile(sender, input, platformError, notBefore) : { error: platformError };
  }
}

/**
 * Sends one approved draft through its platform, at most once: claimed first, posted, and recorded
 * as sent (outbound message, response time, audit) in one transaction. Only a definite failure
 * (never connected, or the platform answered 5xx/429) is retried, with backoff. An ambiguous one
 * (timed out or dropped after the request went out, or a sender that stopped mid-send) is never
 * blindly resent: the platform is asked where it can be; otherwise the draft is marked failed with
 * "may have been posted; check before resending". After the last attempt or a permanent error it is
 * marked failed with the error shown to staff.
 */
export async function sendDraft(ctx: Ctx, senderFor: SenderFor, ref: { conversationId: string; draftId: string }, policy: SendPolicy = {}): Promise<Draft | null> {
  const practiceId = ctx.actor.practiceId;
  const claimed = await claim(ctx, practiceId, ref.conversationId, ref.draftId);
  if (!claimed) return null;
  const { draft } = claimed;
  const items = await queryConversationItems(ctx, ref.conversationId);
  const conversation = toConversation(items.find((i) => i.sk === "META")!);
  const answered = items.filter((i) => String(i.sk).startsWith("MSG#")).map(toMessage).find((m) => m.id === draft.replyToMessageId);
  const channel = await replyChannel(ctx, practiceId, conversation, answered?.authorPlatformId);
  const sender = senderFor(conversation.platform);
  let outcome: Outcome;
  if (!channel || !answered || !sender) {
    outcome = { error: new PlatformError(!channel ? "channel_disconnected" : !sender ? "platform_not_supported" : "message_missing", { retryable: false }) };
  } else {
    const input: SendReplyInput = {
      credentials: channel.credentials,
      idempotencyKey: draft.id,
      text: draft.text,
      target: {
        accountId: channel.accountId,
        platformMessageId: answered.platformMessageId ?? "",
        threadKey: conversation.threadKey,
        authorPlatformId: answered.authorPlatformId ?? undefined,
        replyRef: answered.replyRef ?? undefined,
        private: draft.private,
      },
    };
    outcome = await attempt(sender, input, claimed.takenOver, draft.decidedAt);
  }
  if ("posted" in outcome) return recordSent(ctx, ref.conversationId, draft, outcome.posted, outcome.reconciled);
  return recordFailure(ctx, draft, outcome.error, policy);
}

/** Records the sent reply; a store blip is retried briefly (the post is done, so it must not be lost). */
async function recordSent(ctx: Ctx, conversationId: string, draft: Draft, result: SendReplyResult, reconciled: boolean): Promise<Draft> {
  const sentAt = ctx.clock().toISOString();
  const sent: Draft = { ...draft, status: "sent", updatedAt: sentAt, version: draft.version + 1, send: { ...draft.send, platformReplyId: result.platformReplyId, sentAt, leaseUntil: null, lastError: null } };
  for (let tries = 1; ; tries++) {
    try {
      await recordOutboundMessage(ctx, {
        conversationId,
        text: draft.text,
        sentAt,
        platformMessageId: result.platformReplyId,
        url: result.url ?? null,
        replyId: draft.id,
        articleIds: draft.articleIds,
        alsoWrite: [
          {
            Put: {
              TableName: ctx.store.tableName,
              Item: { ...draftKey(draft.practiceId, conversationId, draft.id), type: "draft", ...sent, ...(reconciled ? { reconciled: true } : {}) },
              ConditionExpression: "version = :v",
              ExpressionAttributeValues: { ":v": draft.version },
            },
          },
        ],
      });
      return sent;
    } catch (error) {
      // Left as `sending`, the lease expires and the next sweep reconciles: never a second post.
      if (tries >= 3 || (error as Error).name === "Conflict") throw error;
      await new Promise((r) => setTimeout(r, 500 * tries));
    }
  }
}

async function recordFailure(ctx: Ctx, draft: Draft, error: PlatformError, policy: SendPolicy): Promise<Draft> {
  const ambiguous = Boolean(error.options.ambiguous);
  const retry = !ambiguous && error.options.retryable && draft.send.attempts < MAX_SEND_ATTEMPTS;
  const now = ctx.clock();
  const shown = ambiguous ? `${error.message}: ${MAY_HAVE_BEEN_POSTED}` : error.message;
  const next: Draft = {
    ...draft,
    status: retry ? "retrying" : "failed",
    updatedAt: now.toISOString(),
    version: draft.version + 1,
    send: {
      ...draft.send,
      leaseUntil: null,
      lastError: shown.slice(0, 200),
      nextAttemptAt: retry ? new Date(now.getTime() + backoffMs(draft.send.attempts, error.options.retryAfterMs, policy.retryBaseMs)).toISOString() : null,
    },
  };
  return saveDraft(ctx, draft, next, {
    action: retry ? "reply.retry_scheduled" : "reply.failed",
    entityType: "draft",
    entityId: draft.id,
    meta: { attempts: draft.send.attempts, status: error.options.status ?? null, ...(ambiguous ? { ambiguous: true } : {}) },
  });
}
