import type { Conversation, Message } from "../conversation/conversation.ts";
import type { PracticeSettings } from "../practice/practice.ts";
import { bucketOf, minutesBetween } from "./histogram.ts";
import { dayOf } from "./local-day.ts";
import { findHashtags, findTopics } from "./topic-lexicon.ts";

/**
 * Counters are flat attribute names on a day item (`in|pl|x`, `rt|urgent|b4`): an UpdateItem can
 * ADD to any of them without the parent map having to exist first. Each event maps to the counters
 * it adds, attributed to one practice-local day. These functions are pure; the same ones feed the
 * live hooks and the backfill, so the two agree by construction.
 */
export type Counters = Record<string, number>;
export interface DayCounters {
  day: string;
  counters: Counters;
}

export type AnalyticsSettings = Pick<PracticeSettings, "timezone" | "responseTargetMinutes">;

/** One inbound message, on the day it was sent: volume, language, topics, hashtags. */
export function messageCounters(m: Pick<Message, "direction" | "platform" | "sentAt" | "text" | "triage">, settings: AnalyticsSettings): DayCounters | null {
  if (m.direction !== "inbound") return null;
  const c: Counters = { "in|n": 1, [`in|pl|${m.platform}`]: 1 };
  if (m.triage) {
    c[`in|cat|${m.triage.category}`] = 1;
    c[`in|lang|${m.triage.language}`] = 1;
  }
  for (const t of findTopics(m.text)) c[`tp|${t}`] = 1;
  for (const h of findHashtags(m.text)) c[`ht|${h}`] = 1;
  return { day: dayOf(m.sentAt, settings.timezone), counters: c };
}

type ConversationFacts = Pick<Conversation, "firstInboundAt" | "firstReplyAt" | "category" | "engineCategory">;

/**
 * What one conversation contributes, on the day it arrived, given its current state: its category,
 * whether staff overruled the engine, and (once answered) its response time against the target.
 * Redirects are answered personal cases; emergency handling is the urgent category's response time.
 * A state change adds `conversationCounters(next) - conversationCounters(prev)`.
 */
export function conversationCounters(c: ConversationFacts, settings: AnalyticsSettings): DayCounters {
  const counters: Counters = { "cv|n": 1, [`cv|cat|${c.category}`]: 1 };
  if (c.category !== c.engineCategory) {
    counters["tri|changed"] = 1;
    counters[`tri|eng|${c.engineCategory}`] = 1;
  }
  if (c.firstReplyAt) {
    const minutes = minutesBetween(c.firstInboundAt, c.firstReplyAt);
    counters[`rt|${c.category}|n`] = 1;
    counters[`rt|${c.category}|b${bucketOf(minutes)}`] = 1;
    const target = settings.responseTargetMinutes[c.category];
    if (target !== undefined && minutes <= target) counters[`rt|${c.category}|in`] = 1;
    if (c.category === "personal") counters["rd|sent"] = 1;
  }
  return { day: dayOf(c.firstInboundAt, settings.timezone), counters };
}

export interface DecisionFacts {
  decidedAt: string;
  submittedAt: string | null;
  outcome: "approved" | "approved_with_edits" | "rejected";
  override: boolean;
}

/** One decision on a draft, on the day it was made: outcome and turnaround since submission. */
export function decisionCounters(d: DecisionFacts, settings: AnalyticsSettings): DayCounters {
  const c: Counters = { "ap|n": 1, [`ap|o|${d.outcome}`]: 1 };
  if (d.override) c["ap|override"] = 1;
  c[`ap|b${bucketOf(d.submittedAt ? minutesBetween(d.submittedAt, d.decidedAt) : 0)}`] = 1;
  return { day: dayOf(d.decidedAt, settings.timezone), counters: c };
}

/** One reply sent from a draft, on the day it went out: the articles it linked. */
export function sentCounters(s: { sentAt: string; articleIds: string[] }, settings: AnalyticsSettings): DayCounters {
  const c: Counters = { "rp|n": 1 };
  for (const id of new Set(s.articleIds)) c[`ar|${id}`] = 1;
  return { day: dayOf(s.sentAt, settings.timezone), counters: c };
}

/** next - prev, per day, dropping zeros (a change that moves nothing writes nothing). */
export function difference(next: DayCounters | null, prev: DayCounters | null): DayCounters[] {
  const byDay = new Map<string, Counters>();
  const add = (dc: DayCounters | null, sign: number) => {
    if (!dc) return;
    const into = byDay.get(dc.day) ?? {};
    for (const [k, v] of Object.entries(dc.counters)) into[k] = (into[k] ?? 0) + sign * v;
    byDay.set(dc.day, into);
  };
  add(next, 1);
  add(prev, -1);
  return [...byDay.entries()]
    .map(([day, counters]) => ({ day, counters: Object.fromEntries(Object.entries(counters).filter(([, v]) => v !== 0)) }))
    .filter((d) => Object.keys(d.counters).length > 0);
}

/** Adds counters into a running per-day total (the backfill's accumulator). */
export function accumulate(into: Map<string, Counters>, dc: DayCounters | null): void {
  if (!dc) return;
  const day = into.get(dc.day) ?? {};
  for (const [k, v] of Object.entries(dc.counters)) day[k] = (day[k] ?? 0) + v;
  into.set(dc.day, day);
}
