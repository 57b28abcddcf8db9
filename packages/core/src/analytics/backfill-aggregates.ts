import { systemActor, type Deps } from "../context.ts";
import { queryConversationItems } from "../conversation/get-conversation.ts";
import { listAllConversationIds } from "../conversation/list-all-conversations.ts";
import { toConversation, toMessage } from "../conversation/to-conversation.ts";
import { toDraft } from "../draft/draft.ts";
import { getPractice } from "../practice/get-practice.ts";
import { PracticeSettings } from "../practice/practice.ts";
import { batchWrite } from "../storage/batch-write.ts";
import { keys } from "../storage/keys.ts";
import { queryAll } from "../storage/query-all.ts";
import { accumulate, conversationCounters, decisionCounters, messageCounters, sentCounters, type Counters, type DecisionFacts } from "./counters.ts";
import { addDays, dayOf } from "./local-day.ts";
import { forgetSettings } from "./settings-cache.ts";

export interface BackfillResult {
  practiceId: string;
  conversations: number;
  since: string;
  daysWritten: number;
  daysRemoved: number;
}

/** The counters of one conversation partition: the conversation, its inbound messages, decisions and sent replies. */
export function countConversationItems(items: Record<string, unknown>[], settings: PracticeSettings, into: Map<string, Counters>): void {
  for (const item of items) {
    const sk = String(item.sk);
    if (sk === "META") accumulate(into, conversationCounters(toConversation(item), settings));
    else if (sk.startsWith("MSG#")) accumulate(into, messageCounters(toMessage(item), settings));
    else if (sk.startsWith("DECISION#")) accumulate(into, decisionCounters(item as unknown as DecisionFacts, settings));
    else if (sk.startsWith("DRAFT#")) {
      const d = toDraft(item);
      if (d.status === "sent" && d.send?.sentAt) accumulate(into, sentCounters({ sentAt: d.send.sentAt, articleIds: d.articleIds ?? [] }, settings));
    }
  }
}

/**
 * Rebuilds a practice's day items from its conversations (found through the inbox index) and
 * their partitions. Idempotent: every day from `since` on is rewritten whole (and day items with
 * nothing left are removed), never added to. Days before `since` are left alone: by default
 * `since` is the start of the retention period, because older messages may have been deleted
 * while their aggregates are meant to stay.
 */
export async function backfillAggregates(
  deps: Deps,
  practiceId: string,
  options: { since?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<BackfillResult> {
  forgetSettings(practiceId);
  const practice = await getPractice(deps, practiceId);
  const settings = PracticeSettings.parse(practice.settings ?? {});
  const today = dayOf(deps.clock().toISOString(), settings.timezone);
  const since = options.since ?? addDays(today, -settings.retentionDays + 1);
  const ctx = { ...deps, actor: systemActor(practiceId, "backfill") };
  const ids = await listAllConversationIds(deps, practiceId);
  const days = new Map<string, Counters>();
  options.onProgress?.(0, ids.length);
  for (const [i, id] of ids.entries()) {
    countConversationItems(await queryConversationItems(ctx, id), settings, days);
    options.onProgress?.(i + 1, ids.length);
  }
  const { pk, skPrefix } = keys.aggregatesOf(practiceId);
  const existing = await queryAll(deps, {
    KeyConditionExpression: "pk = :pk AND sk >= :from",
    ExpressionAttributeValues: { ":pk": pk, ":from": `${skPrefix}${since}` },
    ProjectionExpression: "pk, sk, #d",
    ExpressionAttributeNames: { "#d": "day" },
  });
  const keep = [...days.entries()].filter(([day]) => day >= since);
  const keepDays = new Set(keep.map(([day]) => day));
  const stale = existing.filter((item) => !keepDays.has(String(item.sk).slice(skPrefix.length)));
  await batchWrite(deps, [
    ...keep.map(([day, counters]) => ({ PutRequest: { Item: { ...keys.aggregateDay(practiceId, day), type: "aggregate", day, ...nonZero(counters) } } })),
    ...stale.map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })),
  ]);
  return { practiceId, conversations: ids.length, since, daysWritten: keep.length, daysRemoved: stale.length };
}

function nonZero(c: Counters): Counters {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0));
}
