import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { auditPut } from "../audit/audit-event.ts";
import type { ChannelRecord } from "../channel/channel.ts";
import { systemActor, type Ctx, type Deps } from "../context.ts";
import type { Conversation, TriageSnapshot } from "../conversation/conversation.ts";
import { inboxIndexAttributes } from "../conversation/inbox-index.ts";
import { toConversation } from "../conversation/to-conversation.ts";
import type { InboundMessage } from "../platform/inbound-message.ts";
import { keys } from "../storage/keys.ts";
import { StoreUnavailable } from "../errors.ts";
import { failedConditions, lostTransactionRace, withStore } from "../storage/store-errors.ts";
import { triageMessage } from "../triage/triage-message.ts";
import { recordAggregatesForInbound } from "../analytics/record-aggregates.ts";
import { cachedSettings } from "../analytics/settings-cache.ts";
import { messageRetention } from "../retention/message-expiry.ts";
import { applyPlatformChange } from "./apply-platform-change.ts";
import { buildInboundMessage, newConversation, withInboundMessage } from "./apply-inbound.ts";

export type IngestOutcome =
  | { status: "stored"; conversationId: string; messageId: string; category: TriageSnapshot["category"]; newConversation: boolean }
  | { status: "duplicate" | "updated" | "ignored"; conversationId?: string; messageId?: string };

const MAX_ATTEMPTS = 6;

function snapshot(input: InboundMessage): TriageSnapshot {
  const r = triageMessage({ text: input.text, platform: input.platform });
  return { category: r.category, containsPhi: r.containsPhi, language: r.language, confidence: r.confidence, reasons: r.reasons, engineVersion: r.engineVersion };
}

/**
 * Stores a batch of normalised messages for one channel, each idempotently (keyed by the
 * platform's own id), triaged inline. Throws on a store failure so the caller answers 5xx and the
 * platform redelivers the whole batch; messages already stored are then recognised as duplicates.
 */
export async function ingestMessages(deps: Deps, channel: ChannelRecord, messages: InboundMessage[]): Promise<IngestOutcome[]> {
  const ctx: Ctx = { ...deps, actor: systemActor(channel.practiceId, `channel:${channel.id}`) };
  const outcomes: IngestOutcome[] = [];
  for (const message of messages) outcomes.push(await ingestOne(ctx, channel, message));
  return outcomes;
}

async function ingestOne(ctx: Ctx, channel: ChannelRecord, input: InboundMessage): Promise<IngestOutcome> {
  if (input.action !== "created") {
    const changed = await applyPlatformChange(ctx, input, snapshot);
    if (changed) return changed;
    if (input.action === "deleted") return { status: "ignored" };
  }
  const triage = snapshot(input);
  const table = ctx.store.tableName;
  const practiceId = channel.practiceId;
  const pmidKey = keys.platformMessage(practiceId, input.platform, input.platformMessageId);
  const { retentionDays } = await cachedSettings(ctx, practiceId);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const [seen, thread] = await withStore(() =>
      Promise.all([
        ctx.store.doc.send(new GetCommand({ TableName: table, Key: pmidKey })),
        ctx.store.doc.send(new GetCommand({ TableName: table, Key: keys.thread(practiceId, channel.id, input.threadKey) })),
      ]),
    );
    if (seen.Item) return { status: "duplicate", conversationId: seen.Item.conversationId, messageId: seen.Item.messageId };
    let current: Conversation | null = null;
    if (thread.Item) {
      const meta = await withStore(() =>
        ctx.store.doc.send(new GetCommand({ TableName: table, Key: keys.conversation(practiceId, thread.Item!.conversationId) })),
      );
      current = meta.Item ? toConversation(meta.Item) : null;
    }
    const conversationId = current?.id ?? ctx.newId("cnv", new Date(input.sentAt));
    const message = buildInboundMessage(input, { messageId: ctx.newId("msg"), conversationId }, triage, ctx.clock().toISOString());
    const next = current ? withInboundMessage(current, message, triage) : newConversation(channel, message, input, triage);
    const messageKey = keys.message(practiceId, conversationId, message.sentAt, message.id);
    const retention = messageRetention(table, practiceId, message, messageKey, retentionDays);
    const items = [
      {
        Put: {
          TableName: table,
          Item: { ...pmidKey, type: "pmid", conversationId, messageId: message.id, messageSk: messageKey.sk },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      { Put: { TableName: table, Item: { ...messageKey, type: "message", ...message, expiresAt: retention.expiresAt } } },
      {
        Put: {
          TableName: table,
          Item: { ...keys.conversation(practiceId, conversationId), type: "conversation", ...next, ...inboxIndexAttributes(next) },
          ...(current
            ? { ConditionExpression: "version = :v", ExpressionAttributeValues: { ":v": current.version } }
            : { ConditionExpression: "attribute_not_exists(pk)" }),
        },
      },
      ...(current
        ? []
        : [
            {
              Put: {
                TableName: table,
                Item: { ...keys.thread(practiceId, channel.id, input.threadKey), type: "thread", conversationId },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          ]),
      auditPut(ctx, { action: "message.received", entityType: "message", entityId: message.id, alsoEntityId: conversationId, meta: { platform: input.platform, kind: input.kind } }),
      auditPut(ctx, {
        action: "message.triaged",
        entityType: "message",
        entityId: message.id,
        alsoEntityId: conversationId,
        meta: { category: triage.category, containsPhi: triage.containsPhi, engineVersion: triage.engineVersion },
      }),
      retention.markerPut,
    ];
    try {
      await withStore(() => ctx.store.doc.send(new TransactWriteCommand({ TransactItems: items })));
      await recordAggregatesForInbound(ctx, practiceId, message, next, current);
      return { status: "stored", conversationId, messageId: message.id, category: triage.category, newConversation: !current };
    } catch (error) {
      const failed = failedConditions(error);
      if (failed.includes(0)) return { status: "duplicate" };
      if (failed.length === 0 && !lostTransactionRace(error)) throw error;
      // Another delivery changed the thread or conversation first: read again and retry.
    }
  }
  // Answer 503 so the platform redelivers; the idempotency key makes that safe.
  throw new StoreUnavailable("The conversation is busy; deliver again");
}
