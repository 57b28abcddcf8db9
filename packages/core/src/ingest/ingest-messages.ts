import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { auditPut } from "../audit/audit-event.ts";
import type { ChannelRecord } from "../channel/channel.ts";
import { systemActor, type Ctx, type Deps } from "../context.ts";
import type { Conversation, Message, TriageSnapshot } from "../conversation/conversation.ts";
import { inboxIndexAttributes } from "../conversation/inbox-index.ts";
import { toConversation } from "../conversation/to-conversation.ts";
import type { InboundMessage } from "../platform/inbound-message.ts";
import { keys } from "../storage/keys.ts";
import { StoreUnavailable } from "../errors.ts";
import { failedConditions, lostTransactionRace, withStore } from "../storage/store-errors.ts";
import { recordAggregatesForInbound } from "../analytics/record-aggregates.ts";
import { cachedSettings } from "../analytics/settings-cache.ts";
import { messageRetention } from "../retention/message-expiry.ts";
import { applyPlatformChange } from "./apply-platform-change.ts";
import { getItems } from "./get-items.ts";
import { buildInboundMessage, newConversation, withInboundMessage } from "./apply-inbound.ts";

export type IngestOutcome =
  | {
      status: "stored";
      conversationId: string;
      messageId: string;
      category: TriageSnapshot["category"];
      newConversation: boolean;
      /** The conversation as this message left it and the message itself, as stored (what drafting starts from). */
      stored?: { conversation: Conversation; message: Message };
    }
  | { status: "duplicate" | "updated" | "ignored"; conversationId?: string; messageId?: string };

const MAX_ATTEMPTS = 6;

type Triage = (input: InboundMessage) => TriageSnapshot;

/**
 * The triage engine (lexicons, compiled patterns, model weights) is loaded when the first message
 * arrives, not when a function starts: most requests a Lambda serves never triage anything.
 */
let engine: Promise<Triage> | undefined;
function loadTriage(): Promise<Triage> {
  engine ??= import("../triage/triage-message.ts").then(({ triageMessage }) => (input: InboundMessage) => {
    const r = triageMessage({ text: input.text, platform: input.platform });
    return { category: r.category, containsPhi: r.containsPhi, language: r.language, confidence: r.confidence, reasons: r.reasons, engineVersion: r.engineVersion };
  });
  return engine;
}

/**
 * Stores a batch of normalised messages for one channel, each idempotently (keyed by the
 * platform's own id), triaged inline. Throws on a store failure so the caller answers 5xx and the
 * platform redelivers the whole batch; messages already stored are then recognised as duplicates.
 */
export async function ingestMessages(deps: Deps, channel: ChannelRecord, messages: InboundMessage[], options: { firstRead?: FirstRead } = {}): Promise<IngestOutcome[]> {
  const ctx: Ctx = { ...deps, actor: systemActor(channel.practiceId, `channel:${channel.id}`) };
  const snapshot = await loadTriage();
  const outcomes: IngestOutcome[] = [];
  for (const [i, message] of messages.entries()) outcomes.push(await ingestOne(ctx, channel, message, snapshot, i === 0 ? options.firstRead : undefined));
  return outcomes;
}

/** The idempotency and thread items of a message, when the caller already read them (with the channel, in one round trip). */
export interface FirstRead {
  seen: Record<string, unknown> | undefined;
  thread: Record<string, unknown> | undefined;
}

/** The keys ingest reads first for a message: its idempotency item and its thread. */
export function firstReadKeys(practiceId: string, channelId: string, input: InboundMessage) {
  return [keys.platformMessage(practiceId, input.platform, input.platformMessageId), keys.thread(practiceId, channelId, input.threadKey)];
}

async function ingestOne(ctx: Ctx, channel: ChannelRecord, input: InboundMessage, snapshot: Triage, firstRead?: FirstRead): Promise<IngestOutcome> {
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
    // One round trip for both (the first attempt may come with them already read).
    const [seen, thread] = attempt === 0 && firstRead ? [firstRead.seen, firstRead.thread] : await getItems(ctx, firstReadKeys(practiceId, channel.id, input));
    if (seen) return { status: "duplicate", conversationId: seen.conversationId as string, messageId: seen.messageId as string };
    let current: Conversation | null = null;
    if (thread) {
      const meta = await withStore(() =>
        ctx.store.doc.send(new GetCommand({ TableName: table, Key: keys.conversation(practiceId, thread.conversationId as string) })),
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
      return { status: "stored", conversationId, messageId: message.id, category: triage.category, newConversation: !current, stored: { conversation: next, message } };
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
