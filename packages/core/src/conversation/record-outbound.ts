import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { recordAggregatesForConversation, recordAggregatesForSent } from "../analytics/record-aggregates.ts";
import { auditPut } from "../audit/audit-event.ts";
import { cachedSettings } from "../analytics/settings-cache.ts";
import { messageRetention } from "../retention/message-expiry.ts";
import type { Ctx } from "../context.ts";
import { Conflict, NotFound } from "../errors.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import type { Conversation, Message } from "./conversation.ts";
import { inboxIndexAttributes } from "./inbox-index.ts";
import { toConversation } from "./to-conversation.ts";

export interface OutboundInput {
  conversationId: string;
  text: string;
  sentAt: string;
  platformMessageId: string | null;
  url?: string | null;
  /** Ends the wait and (by default) marks the conversation done. */
  markDone?: boolean;
  /** Extra items that must commit with it (e.g. the reply's sent state). */
  alsoWrite?: unknown[];
  replyId?: string;
  /** The articles the reply links (counted for analytics when it came from a draft). */
  articleIds?: string[];
}

/**
 * Records a reply the practice sent: an outbound message, the first-reply time (response time)
 * and the end of the wait, with its audit event, in one transaction.
 */
export async function recordOutboundMessage(ctx: Ctx, input: OutboundInput): Promise<{ conversation: Conversation; message: Message }> {
  const table = ctx.store.tableName;
  const practiceId = ctx.actor.practiceId;
  const res = await withStore(() =>
    ctx.store.doc.send(new GetCommand({ TableName: table, Key: keys.conversation(practiceId, input.conversationId) })),
  );
  if (!res.Item) throw new NotFound("No such conversation");
  const current = toConversation(res.Item);
  const message: Message = {
    id: ctx.newId("msg"),
    conversationId: current.id,
    direction: "outbound",
    platform: current.platform,
    kind: current.kind,
    platformMessageId: input.platformMessageId,
    parentPlatformId: null,
    authorHandle: null,
    authorName: null,
    authorPlatformId: null,
    text: input.text,
    sentAt: input.sentAt,
    receivedAt: input.sentAt,
    url: input.url ?? null,
    replyRef: null,
    triage: null,
    edited: false,
    deleted: false,
  };
  const next: Conversation = {
    ...current,
    waitingSince: null,
    firstReplyAt: current.firstReplyAt ?? input.sentAt,
    lastMessageAt: input.sentAt > current.lastMessageAt ? input.sentAt : current.lastMessageAt,
    status: input.markDone === false ? current.status : "done",
    messageCount: current.messageCount + 1,
    version: current.version + 1,
  };
  const messageKey = keys.message(practiceId, current.id, message.sentAt, message.id);
  const retention = messageRetention(table, practiceId, message, messageKey, (await cachedSettings(ctx, practiceId)).retentionDays);
  try {
    await withStore(() =>
      ctx.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: table, Item: { ...messageKey, type: "message", ...message, expiresAt: retention.expiresAt } } },
            retention.markerPut,
            {
              Put: {
                TableName: table,
                Item: { ...keys.conversation(practiceId, current.id), type: "conversation", ...next, ...inboxIndexAttributes(next) },
                ConditionExpression: "version = :v",
                ExpressionAttributeValues: { ":v": current.version },
              },
            },
            auditPut(ctx, { action: "reply.recorded", entityType: "message", entityId: message.id, alsoEntityId: current.id, meta: input.replyId ? { replyId: input.replyId } : undefined }),
            ...((input.alsoWrite ?? []) as never[]),
          ],
        }),
      ),
    );
  } catch (error) {
    if (error instanceof Conflict) throw new Conflict("The conversation changed meanwhile; try again");
    throw error;
  }
  await recordAggregatesForConversation(ctx, practiceId, next, current);
  if (input.replyId) await recordAggregatesForSent(ctx, practiceId, { sentAt: input.sentAt, articleIds: input.articleIds ?? [] });
  return { conversation: next, message };
}
