import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { getChannelRecord } from "../channel/find-channel.ts";
import { listChannels } from "../channel/list-channels.ts";
import type { Ctx } from "../context.ts";
import { queryConversationItems } from "../conversation/get-conversation.ts";
import { recordOutboundMessage } from "../conversation/record-outbound.ts";
import { toConversation, toMessage } from "../conversation/to-conversation.ts";
import { draftKey, toDraft, type Draft } from "../draft/draft.ts";
import { saveDraft } from "../draft/draft-store.ts";
import { PlatformError, type PlatformSender } from "../platform/platform-client.ts";
import type { Platform } from "../platform/platform.ts";
import { withStore } from "../storage/store-errors.ts";

export type SenderFor = (platform: Platform) => PlatformSender | null;
export const MAX_SEND_ATTEMPTS = 5;
const LEASE_MS = 60_000;

/** 2s, 8s, 32s, 2m, 8m — or the platform's own rate-limit hint when longer. */
export function backoffMs(attempt: number, hintMs = 0): number {
  return Math.max(2_000 * 4 ** (attempt - 1), hintMs);
}

/**
 * Claims an approved draft for sending: only one sender at a time (a lease), and never one that
 * is already sent. The claim is the write that makes a retry safe: a crashed sender's lease
 * expires and the next sweep takes over.
 */
async function claim(ctx: Ctx, practiceId: string, conversationId: string, draftId: string): Promise<Draft | null> {
  const now = ctx.clock();
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
            ":lease": new Date(now.getTime() + LEASE_MS).toISOString(),
            ":one": 1,
          },
          ReturnValues: "ALL_NEW",
        }),
      ),
    );
    return res.Attributes ? toDraft(res.Attributes) : null;
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

/**
 * Sends one approved draft through its platform, at most once: claimed first, posted with the
 * draft id as idempotency key, and recorded as sent (outbound message, response time, audit) in
 * one transaction. A retryable failure is scheduled with backoff; after the last attempt or a
 * permanent error it is marked failed with the error shown to staff.
 */
export async function sendDraft(ctx: Ctx, senderFor: SenderFor, ref: { conversationId: string; draftId: string }): Promise<Draft | null> {
  const practiceId = ctx.actor.practiceId;
  const draft = await claim(ctx, practiceId, ref.conversationId, ref.draftId);
  if (!draft) return null;
  const items = await queryConversationItems(ctx, ref.conversationId);
  const conversation = toConversation(items.find((i) => i.sk === "META")!);
  const answered = items.filter((i) => String(i.sk).startsWith("MSG#")).map(toMessage).find((m) => m.id === draft.replyToMessageId);
  const channel = await replyChannel(ctx, practiceId, conversation, answered?.authorPlatformId);
  const sender = senderFor(conversation.platform);
  try {
    if (!channel || !answered || !sender) throw new PlatformError(!channel ? "channel_disconnected" : !sender ? "platform_not_supported" : "message_missing", { retryable: false });
    const result = await sender.sendReply({
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
    });
    const sentAt = ctx.clock().toISOString();
    const sent: Draft = { ...draft, status: "sent", updatedAt: sentAt, version: draft.version + 1, send: { ...draft.send, platformReplyId: result.platformReplyId, sentAt, leaseUntil: null, lastError: null } };
    await recordOutboundMessage(ctx, {
      conversationId: ref.conversationId,
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
            Item: { ...draftKey(practiceId, ref.conversationId, draft.id), type: "draft", ...sent },
            ConditionExpression: "version = :v",
            ExpressionAttributeValues: { ":v": draft.version },
          },
        },
      ],
    });
    return sent;
  } catch (error) {
    const platformError = error instanceof PlatformError ? error : new PlatformError("send_failed", { retryable: true });
    const retry = platformError.options.retryable && draft.send.attempts < MAX_SEND_ATTEMPTS;
    const now = ctx.clock();
    const next: Draft = {
      ...draft,
      status: retry ? "retrying" : "failed",
      updatedAt: now.toISOString(),
      version: draft.version + 1,
      send: {
        ...draft.send,
        leaseUntil: null,
        lastError: platformError.message.slice(0, 200),
        nextAttemptAt: retry ? new Date(now.getTime() + backoffMs(draft.send.attempts, platformError.options.retryAfterMs)).toISOString() : null,
      },
    };
    await saveDraft(ctx, draft, next, {
      action: retry ? "reply.retry_scheduled" : "reply.failed",
      entityType: "draft",
      entityId: draft.id,
      meta: { attempts: draft.send.attempts, status: platformError.options.status ?? null },
    });
    return next;
  }
}
