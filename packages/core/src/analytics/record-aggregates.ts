import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Conversation, Message } from "../conversation/conversation.ts";
import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { accumulate, conversationCounters, decisionCounters, difference, messageCounters, sentCounters, type Counters, type DayCounters, type DecisionFacts } from "./counters.ts";
import { cachedSettings } from "./settings-cache.ts";

/** Adds counters to one day item with UpdateItem ADD: atomic, never conditional, so it cannot conflict. */
export async function addToDay(deps: Deps, practiceId: string, dc: DayCounters): Promise<void> {
  const entries = Object.entries(dc.counters);
  if (entries.length === 0) return;
  const names: Record<string, string> = { "#type": "type", "#day": "day" };
  const values: Record<string, unknown> = { ":type": "aggregate", ":day": dc.day };
  const adds = entries.map(([name, n], i) => {
    names[`#c${i}`] = name;
    values[`:c${i}`] = n;
    return `#c${i} :c${i}`;
  });
  await deps.store.doc.send(
    new UpdateCommand({
      TableName: deps.store.tableName,
      Key: keys.aggregateDay(practiceId, dc.day),
      UpdateExpression: `SET #type = :type, #day = :day ADD ${adds.join(", ")}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }),
  );
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
