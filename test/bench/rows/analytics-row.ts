/**
 * analytics: the 90-day chart request (GET /api/analytics?from&to: every chart of the dashboard,
 * each compared with the 90 days before) for a practice with 100,000 messages over those 180
 * days against one with 1,000, as an admin, the two asked in turn; and the items each request
 * read from the store, counted from the document client's answers.
 * Goal: p95 at most 1.2 times, and under 200 items read.
 */
import type { BenchEnv } from "../bench-env.ts";
import { now, round, summarise } from "../measure.ts";
import type { Sized } from "./inbox-row.ts";
import { fmt, ms, verdict, type RowResult } from "./row.ts";

const ymd = (d: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);

export function ninetyDays(timeZone = "America/New_York") {
  const to = new Date();
  return { from: ymd(new Date(to.getTime() - 89 * 86_400_000), timeZone), to: ymd(to, timeZone) };
}

type Totals = Record<string, number | null>;
type Report = { charts?: Array<{ id: string; summary?: { current?: Totals; previous?: Totals } }> };

async function chart(env: BenchEnv, s: Sized, path: string): Promise<number> {
  const res = await fetch(env.baseUrl + path, { headers: s.session.headers });
  const body = (await res.json()) as Report;
  if (res.status !== 200) throw new Error(`analytics answered ${res.status}`);
  // Messages the charts counted, in the range and in the 90 days before it they compare against.
  const summary = body.charts?.find((c) => c.id === "volume-by-platform")?.summary;
  return (summary?.current?.total ?? NaN) + (summary?.previous?.total ?? NaN);
}

export async function runAnalyticsRow(env: BenchEnv, large: Sized, small: Sized, o: { maxRequests: number; maxSeconds: number }): Promise<RowResult> {
  const range = ninetyDays();
  const path = `/api/analytics?from=${range.from}&to=${range.to}`;
  for (let i = 0; i < 5; i++) {
    await chart(env, small, path);
    await chart(env, large, path);
  }
  const metered = { large: await env.metered(() => chart(env, large, path)), small: await env.metered(() => chart(env, small, path)) };
  const samples = { large: [] as number[], small: [] as number[] };
  const deadline = now() + o.maxSeconds * 1000;
  for (let i = 0; i < o.maxRequests && now() < deadline; i++) {
    for (const key of i % 2 ? (["large", "small"] as const) : (["small", "large"] as const)) {
      const t0 = now();
      await chart(env, key === "large" ? large : small, path);
      samples[key].push(now() - t0);
    }
  }
  const L = summarise(samples.large);
  const S = summarise(samples.small);
  const ratio = L.p95 / S.p95;
  const itemsRead = metered.large.meter.itemsRead;
  const figures = (k: "large" | "small", s: Sized, x: ReturnType<typeof summarise>) => ({
    messagesLoaded: s.conversations,
    messagesCountedInBothPeriods: metered[k].result,
    n: x.n,
    p50: round(x.p50, 2),
    p95: round(x.p95, 2),
    storeCalls: metered[k].meter.calls,
    itemsRead: metered[k].meter.itemsRead,
  });
  return {
    row: "analytics",
    lines: [
      {
        what: `analytics, 90 days, ${large.conversations.toLocaleString("en-US")} messages`,
        measured: `p50 ${ms(L.p50)}, p95 ${ms(L.p95)}; ${itemsRead} items read`,
        baseline: `${small.conversations.toLocaleString("en-US")}: p95 ${ms(S.p95)}; ${metered.small.meter.itemsRead} items`,
        ratio: fmt(ratio, 2),
        goal: "p95 <= 1.2x, < 200 items",
        verdict: verdict(ratio <= 1.2 && itemsRead < 200),
      },
    ],
    figures: { path, range, large: figures("large", large, L), small: figures("small", small, S), p95Ratio: round(ratio, 3) },
  };
}
