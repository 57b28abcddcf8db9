import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Conversation, Message } from "../conversation/conversation.ts";
import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { accumulate, conversationCounters, decisionCounters, difference, messageCounters, sentCounters, type Counters, type DayCounters, type DecisionFacts } from "./counters.ts";
import { cachedSettings } from "./settings-cache.ts";

/** Counter names one UpdateItem adds at most (keeps the update expression well under its size limit). */
const NAMES_PER_WRITE = 100;

/** Adds counters to one day item with UpdateItem ADD: atomic, never conditional, so it cannot conflict. */
async function writeDay(deps: Deps, practiceId: string, day: string, counters: Counters): Promise<void> {
  const entries = Object.entries(counters).filter(([, n]) => n !== 0);
  for (let start = 0; start < entries.length; start += NAMES_PER_WRITE) {
    const names: Record<string, string> = { "#type": "type", "#day": "day" };
    const values: Record<string, unknown> = { ":type": "aggregate", ":day": day };
    const adds = entries.slice(start, start + NAMES_PER_WRITE).map(([name, n], i) => {
      names[`#c${i}`] = name;
      values[`:c${i}`] = n;
      return `#c${i} :c${i}`;
    });
    await deps.store.doc.send(
      new UpdateCommand({
        TableName: deps.store.tableName,
        Key: keys.aggregateDay(practiceId, day),
        UpdateExpression: `SET #type = :type, #day = :day ADD ${adds.join(", ")}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }
}

interface Batch {
  counters: Counters;
  done: Promise<void>;
  settle(error?: unknown): void;
}
interface DayQueue {
  writing: boolean;
  next: Batch | null;
}

function newBatch(): Batch {
  let settle!: Batch["settle"];
  const done = new Promise<void>((resolve, reject) => (settle = (error) => (error === undefined ? resolve() : reject(error))));
  return { counters: {}, done, settle };
}

/** Per store client, per practice and day: at most one write in flight, the rest waiting to be merged into the next. */
const queues = new WeakMap<object, Map<string, DayQueue>>();

/**
 * Adds counters to one practice's day item. Every event of a practice lands on the same item (its
 * day), so concurrent deliveries would all update one item at once; instead, while a write to that
 * item is in flight, further additions are summed in memory and go out together in the next single
 * write (group commit). The promise settles once this caller's counters are in the store, so
 * nothing is acknowledged before it is written and no counter waits in memory unobserved.
 */
export function addToDay(deps: Deps, practiceId: string, dc: DayCounters): Promise<void> {
  if (Object.keys(dc.counters).length === 0) return Promise.resolve();
  let byItem = queues.get(deps.store.doc);
  if (!byItem) queues.set(deps.store.doc, (byItem = new Map()));
  const key = `${deps.store.tableName}\u0000${practiceId}\u0000${dc.day}`;
  let queue = byItem.get(key);
  if (!queue) byItem.set(key, (queue = { writing: false, next: null }));
  const batch = (queue.next ??= newBatch());
  for (const [name, n] of Object.entries(dc.counters)) batch.counters[name] = (batch.counters[name] ?? 0) + n;
  const q = queue;
  const flush = () => {
    const current = q.next;
    if (!current) {
      q.writing = false;
      byItem.delete(key);
      return;
    }
    q.next = null;
    q.writing = true;
    writeDay(deps, practiceId, dc.day, current.counters).then(
      () => current.settle(),
      (error) => current.settle(error ?? new Error("aggregate write failed")),
    ).finally(flush);
  };
  if (!q.writing) flush();
  return batch.done;
}

/**
 * Best effort, after the state change committed: a failure is logged (ids and enums only) and
 * swallowed, because a counter must never fail or retry an ingest, a reply or a decision. The
 * backfill repairs any counter a failure left behind.
 */
async function bestEffort(practiceId: string, event: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), event: "aggregates.failed", on: event, practiceId, error: (error as Error)?.name ?? "unknown" })}\n`);
  }
}

/** An inbound message was stored; `prev` is the conversation before it (null for a new one). */
export function recordAggregatesForInbound(deps: Deps, practiceId: string, message: Message, next: Conversation, prev: Conversation | null) {
  return bestEffort(practiceId, "inbound", async () => {
    const settings = await cachedSettings(deps, practiceId);
    // Usually one day: the message's and the conversation's counters go out in one write.
    const byDay = new Map<string, Counters>();
    accumulate(byDay, messageCounters(message, settings));
    for (const dc of difference(conversationCounters(next, settings), prev && conversationCounters(prev, settings))) accumulate(byDay, dc);
    for (const [day, counters] of byDay) await addToDay(deps, practiceId, { day, counters });
  });
}

/** A conversation changed (first reply, staff category change): add what its contribution changed by. */
export function recordAggregatesForConversation(deps: Deps, practiceId: string, next: Conversation, prev: Conversation) {
  return bestEffort(practiceId, "conversation", async () => {
    const settings = await cachedSettings(deps, practiceId);
    for (const dc of difference(conversationCounters(next, settings), conversationCounters(prev, settings))) await addToDay(deps, practiceId, dc);
  });
}

export function recordAggregatesForDecision(deps: Deps, practiceId: string, decision: DecisionFacts) {
  return bestEffort(practiceId, "decision", async () => {
    await addToDay(deps, practiceId, decisionCounters(decision, await cachedSettings(deps, practiceId)));
  });
}

export function recordAggregatesForSent(deps: Deps, practiceId: string, sent: { sentAt: string; articleIds: string[] }) {
  return bestEffort(practiceId, "sent", async () => {
    await addToDay(deps, practiceId, sentCounters(sent, await cachedSettings(deps, practiceId)));
  });
}
