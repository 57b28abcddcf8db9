/**
 * inbox page: GET /api/conversations?category=education&limit=50 (one page of the inbox filtered
 * by category) for a practice with 100,000 conversations against one with 1,000, signed in with
 * a bearer session. The two practices are asked in turn, request by request, so a noisy
 * neighbour slows both alike. Goal: p95 at 100,000 at most 1.2 times p95 at 1,000.
 */
import type { BenchEnv } from "../bench-env.ts";
import type { Session } from "../bench-practice.ts";
import { now, round, summarise } from "../measure.ts";
import { fmt, ms, verdict, type RowResult } from "./row.ts";

export interface Sized {
  label: string;
  conversations: number;
  session: Session;
}

const PATH = "/api/conversations?category=education&limit=50";

async function page(env: BenchEnv, s: Sized): Promise<number> {
  const res = await fetch(env.baseUrl + PATH, { headers: s.session.headers });
  const body = (await res.json()) as { items?: unknown[] };
  if (res.status !== 200) throw new Error(`inbox answered ${res.status}`);
  return body.items?.length ?? 0;
}

export async function runInboxRow(env: BenchEnv, large: Sized, small: Sized, o: { maxRequests: number; maxSeconds: number }): Promise<RowResult> {
  for (let i = 0; i < 10; i++) {
    await page(env, small);
    await page(env, large);
  }
  const reads = {
    large: (await env.metered(() => page(env, large))).meter,
    small: (await env.metered(() => page(env, small))).meter,
  };
  const samples = { large: [] as number[], small: [] as number[] };
  let itemsOnPage = 0;
  const deadline = now() + o.maxSeconds * 1000;
  for (let i = 0; i < o.maxRequests && now() < deadline; i++) {
    // Alternate which goes first, so neither always follows the other.
    for (const key of i % 2 ? (["large", "small"] as const) : (["small", "large"] as const)) {
      const t0 = now();
      itemsOnPage = await page(env, key === "large" ? large : small);
      samples[key].push(now() - t0);
    }
  }
  const L = summarise(samples.large);
  const S = summarise(samples.small);
  const ratio = L.p95 / S.p95;
  return {
    row: "inbox",
    lines: [
      {
        what: `inbox page, ${large.conversations.toLocaleString("en-US")} conversations (50, by category)`,
        measured: `p50 ${ms(L.p50)}, p95 ${ms(L.p95)}`,
        baseline: `${small.conversations.toLocaleString("en-US")}: p50 ${ms(S.p50)}, p95 ${ms(S.p95)}`,
        ratio: fmt(ratio, 2),
        goal: "p95 <= 1.2x",
        verdict: verdict(ratio <= 1.2),
      },
    ],
    figures: {
      path: PATH,
      large: { conversations: large.conversations, n: L.n, p50: round(L.p50, 2), p95: round(L.p95, 2), p99: round(L.p99, 2), storeCalls: reads.large.calls, itemsRead: reads.large.itemsRead },
      small: { conversations: small.conversations, n: S.n, p50: round(S.p50, 2), p95: round(S.p95, 2), p99: round(S.p99, 2), storeCalls: reads.small.calls, itemsRead: reads.small.itemsRead },
      itemsOnPage,
      p95Ratio: round(ratio, 3),
    },
  };
}
