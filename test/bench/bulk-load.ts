/**
 * Loads N conversations into a practice with BatchWriteItem, writing the items ingest's
 * transaction writes for a first inbound message (the idempotency item, the message, the
 * conversation with its inbox index attributes, the thread item; the two audit events on request),
 * built by the same functions: buildInboundMessage, newConversation, inboxIndexAttributes, auditPut.
 * Each conversation holds one message, sent at a time spread over the last 90 days.
 */
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { auditPut } from "../../packages/core/src/audit/audit-event.ts";
import { systemActor, type Ctx, type Deps } from "../../packages/core/src/context.ts";
import type { TriageSnapshot } from "../../packages/core/src/conversation/conversation.ts";
import { inboxIndexAttributes } from "../../packages/core/src/conversation/inbox-index.ts";
import { buildInboundMessage, newConversation } from "../../packages/core/src/ingest/apply-inbound.ts";
import type { InboundMessage } from "../../packages/core/src/platform/inbound-message.ts";
import { keys } from "../../packages/core/src/storage/keys.ts";
import { triageMessage } from "../../packages/core/src/triage/triage-message.ts";
import type { BenchPractice } from "./bench-practice.ts";
import { progress } from "./measure.ts";

const DAY_MS = 86_400_000;
export type Item = Record<string, unknown>;

function snapshotOf(text: string): TriageSnapshot {
  const r = triageMessage({ text, platform: "facebook" });
  return { category: r.category, containsPhi: r.containsPhi, language: r.language, confidence: r.confidence, reasons: r.reasons, engineVersion: r.engineVersion };
}

/** The items ingest writes for conversation number `i` (its first, inbound message). */
function itemsFor(deps: Deps, bp: BenchPractice, i: number, text: string, triage: TriageSnapshot, span: { nowMs: number; stepMs: number }, withAudit: boolean): Item[] {
  const practiceId = bp.practice.id;
  // Spread evenly over the window, newest first, with jitter so no two times are equal.
  const sentMs = span.nowMs - Math.floor((i + Math.random()) * span.stepMs);
  const sentAt = new Date(sentMs).toISOString();
  const psid = `bulk-${practiceId.slice(-6)}-${i}`;
  const input: InboundMessage = {
    platform: "facebook",
    accountId: bp.pageId,
    kind: "direct_message",
    platformMessageId: `m_bulk_${practiceId.slice(-8)}_${i}`,
    threadKey: `dm:${psid}`,
    author: { platformId: psid },
    text,
    sentAt,
    action: "created",
    replyRef: { surface: "facebook", recipient_id: psid },
  };
  const at = new Date(sentMs + 1500);
  const ctx: Ctx = { ...deps, clock: () => at, actor: systemActor(practiceId, `channel:${bp.channel.id}`) };
  const conversationId = deps.newId("cnv", new Date(sentMs));
  const message = buildInboundMessage(input, { messageId: deps.newId("msg", at), conversationId }, triage, at.toISOString());
  const conversation = newConversation(bp.channel, message, input, triage);
  const pmidKey = keys.platformMessage(practiceId, input.platform, input.platformMessageId);
  const messageKey = keys.message(practiceId, conversationId, message.sentAt, message.id);
  const audit = (action: string, meta: Record<string, string | boolean>) =>
    auditPut(ctx, { action, entityType: "message", entityId: message.id, alsoEntityId: conversationId, meta }).Put.Item;
  const written: Item[] = [
    { ...pmidKey, type: "pmid", conversationId, messageId: message.id, messageSk: messageKey.sk },
    { ...messageKey, type: "message", ...message },
    { ...keys.conversation(practiceId, conversationId), type: "conversation", ...conversation, ...inboxIndexAttributes(conversation) },
    { ...keys.thread(practiceId, bp.channel.id, input.threadKey), type: "thread", conversationId },
  ];
  if (!withAudit) return written;
  return [
    ...written,
    audit("message.received", { platform: input.platform, kind: input.kind }),
    audit("message.triaged", { category: triage.category, containsPhi: triage.containsPhi, engineVersion: triage.engineVersion }),
  ];
}

export async function writeBatch(deps: Deps, items: Item[]): Promise<void> {
  let requests = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; requests.length > 0; attempt++) {
    if (attempt > 8) throw new Error("BatchWriteItem kept returning unprocessed items");
    const res = await deps.store.doc.send(new BatchWriteCommand({ RequestItems: { [deps.store.tableName]: requests } }));
    requests = (res.UnprocessedItems?.[deps.store.tableName] ?? []) as typeof requests;
    if (requests.length) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
  }
}

/**
 * Writes `count` conversations (4 items each, 6 with audit) with `inFlight` BatchWriteItem
 * requests of 25 items at a time. Returns how many it loaded, the seconds it took and the
 * category counts written.
 */
export async function bulkLoadConversations(
  deps: Deps,
  bp: BenchPractice,
  options: {
    count: number;
    texts: string[];
    label: string;
    spanDays?: number;
    inFlight?: number;
    /** Also write the two audit events ingest writes (read by neither row; off to save load time). */
    withAudit?: boolean;
    /** Stop early past this; the result says how many were loaded. */
    maxSeconds?: number;
    /** Sees each conversation's items (the analytics row derives its day items from them). */
    onConversation?: (items: Item[]) => void;
  },
): Promise<{ loaded: number; seconds: number; items: number; categories: Record<string, number> }> {
  const triageByText = new Map(options.texts.map((t) => [t, snapshotOf(t)]));
  const span = { nowMs: Date.now() - 60_000, stepMs: ((options.spanDays ?? 90) * DAY_MS) / options.count };
  const categories: Record<string, number> = {};
  const bar = progress(options.label, options.count);
  const deadline = Date.now() + (options.maxSeconds ?? Infinity) * 1000;
  let produced = 0;
  let written = 0;
  let pending: Item[] = [];
  const nextBatch = (): Item[] | null => {
    while (pending.length < 25 && produced < options.count && Date.now() < deadline) {
      const text = options.texts[produced % options.texts.length];
      const triage = triageByText.get(text)!;
      categories[triage.category] = (categories[triage.category] ?? 0) + 1;
      const items = itemsFor(deps, bp, produced, text, triage, span, options.withAudit ?? false);
      options.onConversation?.(items);
      pending.push(...items);
      produced++;
    }
    if (pending.length === 0) return null;
    const batch = pending.slice(0, 25);
    pending = pending.slice(25);
    return batch;
  };
  let items = 0;
  const perConversation = options.withAudit ? 6 : 4;
  const worker = async () => {
    for (let batch = nextBatch(); batch; batch = nextBatch()) {
      await writeBatch(deps, batch);
      items += batch.length;
      written = Math.floor(items / perConversation);
      if (written % 500 < 5) bar.tick(written);
    }
  };
  await Promise.all(Array.from({ length: options.inFlight ?? 16 }, worker));
  const seconds = bar.done(produced);
  return { loaded: produced, seconds, items, categories };
}
