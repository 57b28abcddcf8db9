/**
 * ingest: signed Meta webhook deliveries (one unique Messenger message each, from a new
 * sender, to a connected Page) posted over loopback HTTP by 32 concurrent senders; each answer
 * comes after verify, parse, store, triage and the draft (the app's afterIngest hook, wired as
 * `npm start` wires it). Baseline: PutItem of a 1 KB item, 32 in flight, same client and store,
 * in windows taking turns with the deliveries' windows, so drift on a shared machine hits both
 * (the first and second halves of the baseline windows are reported apart, to show the drift).
 */
import { readFileSync } from "node:fs";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { signMetaBody } from "../../../packages/core/src/platform/meta/sign-meta-body.ts";
import { META_SECRET, type BenchEnv } from "../bench-env.ts";
import { makeBenchPractice } from "../bench-practice.ts";
import { triageRows } from "../corpus.ts";
import { round, runLoad, summarise, type LoadResult } from "../measure.ts";
import { fmt, ms, verdict, type RowResult } from "./row.ts";

const ITEM = readFileSync(new URL("../../../packages/functions/src/webhooks/fixtures/messenger.messages.text.messaging-item.json", import.meta.url), "utf8");

export function delivery(pageId: string, n: number, text: string, run: string): string {
  const item = JSON.parse(ITEM.replace("<PAGE_ID>", pageId).replace("<PSID>", `${run}${n}`));
  item.timestamp = Date.now();
  item.message.mid = `m_bench_${run}_${n}`;
  item.message.text = text;
  delete item.message.quick_reply;
  return JSON.stringify({ object: "page", entry: [{ id: pageId, time: Date.now(), messaging: [item] }] });
}

function rate(r: LoadResult) {
  const s = summarise(r.latenciesMs);
  return { perSecond: r.ok / r.seconds, ok: r.ok, failed: r.failed, seconds: round(r.seconds, 2), p50: round(s.p50, 2), p99: round(s.p99, 2), max: round(s.max, 1), errors: r.errors };
}

async function putItems(env: BenchEnv, label: string, o: { concurrency: number; maxCount: number; maxSeconds: number }) {
  const payload = "x".repeat(1024 - 60);
  const { doc, tableName } = env.deps.store;
  return runLoad({ ...o, label }, async (i) => {
    await doc.send(new PutCommand({ TableName: tableName, Item: { pk: `BENCH#PUT#${label}#${i}`, sk: "ITEM", n: i, payload } }));
  });
}

function merge(runs: LoadResult[]): LoadResult {
  const errors: Record<string, number> = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + v;
  return {
    ok: runs.reduce((n, r) => n + r.ok, 0),
    failed: runs.reduce((n, r) => n + r.failed, 0),
    seconds: runs.reduce((n, r) => n + r.seconds, 0),
    latenciesMs: runs.flatMap((r) => r.latenciesMs),
    errors,
  };
}

export async function runIngestRow(env: BenchEnv, o: { concurrency: number; maxDeliveries: number; seconds: number; baselineSeconds: number; rounds: number }): Promise<RowResult> {
  const bp = await makeBenchPractice(env.deps, "ingest");
  const texts = triageRows().map((r) => r.text);
  const post = async (n: number, run: string) => {
    const body = delivery(bp.pageId, n, texts[n % texts.length], run);
    const res = await fetch(`${env.baseUrl}/webhooks/meta`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-signature-256": signMetaBody(body, META_SECRET) },
      body,
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  };
  await putItems(env, "warm", { concurrency: o.concurrency, maxCount: 500, maxSeconds: 5 });
  await runLoad({ concurrency: o.concurrency, maxCount: 96, maxSeconds: 20, label: "deliveries (warm-up)" }, (n) => post(n, "w"));
  // One delivery on its own, metered: the store calls one delivery makes and the items it reads.
  const one = (await env.metered(() => post(0, "m"))).meter;
  // Baseline and deliveries take turns in short windows, so a shared machine's noise hits both.
  const puts: LoadResult[] = [];
  const runs: LoadResult[] = [];
  const events0 = env.logEvents();
  let sent = 0;
  for (let round = 0; round < o.rounds; round++) {
    puts.push(await putItems(env, `PutItem 1 KB (${round + 1}/${o.rounds})`, { concurrency: o.concurrency, maxCount: 200_000, maxSeconds: o.baselineSeconds / o.rounds }));
    const base = sent;
    const r = await runLoad({ concurrency: o.concurrency, maxCount: o.maxDeliveries, maxSeconds: o.seconds / o.rounds, label: `signed Meta deliveries (${round + 1}/${o.rounds})` }, (n) => post(base + n, "r"));
    sent += r.ok + r.failed;
    runs.push(r);
  }
  const events1 = env.logEvents();
  const ingest = merge(runs);
  const put = rate(merge(puts));
  const before = rate(merge(puts.slice(0, Math.ceil(puts.length / 2))));
  const after = rate(merge(puts.slice(Math.ceil(puts.length / 2))));
  const d = rate(ingest);
  const delta = (name: string) => (events1[name] ?? 0) - (events0[name] ?? 0);
  const baseline = { perSecond: put.perSecond, p99: put.p99 };
  const throughputRatio = d.perSecond / baseline.perSecond;
  const latencyRatio = d.p99 / baseline.p99;
  return {
    row: "ingest",
    lines: [
      {
        what: `ingest throughput (${o.concurrency} senders)`,
        measured: `${fmt(d.perSecond, 0)} deliveries/s (${one.calls} store calls each)`,
        baseline: `${fmt(baseline.perSecond, 0)} PutItem/s`,
        ratio: fmt(throughputRatio, 2),
        goal: ">= 0.5",
        verdict: verdict(throughputRatio >= 0.5 && d.failed === 0),
      },
      {
        what: "ingest latency",
        measured: `p50 ${ms(d.p50)}, p99 ${ms(d.p99)}`,
        baseline: `p99 ${ms(baseline.p99)}`,
        ratio: fmt(latencyRatio, 2),
        goal: "p99 <= 3x",
        verdict: verdict(latencyRatio <= 3 && d.failed === 0),
      },
    ],
    figures: {
      deliveries: d,
      putItemFirstHalf: before,
      putItemSecondHalf: after,
      rounds: o.rounds,
      baseline,
      throughputRatio: round(throughputRatio, 3),
      latencyRatio: round(latencyRatio, 3),
      // What the deliveries did on the server, from the app's own log events.
      storeCallsPerDelivery: one.calls,
      itemsReadPerDelivery: one.itemsRead,
      serverEvents: { webhooks: delta("webhook.received"), draftsMade: delta("draft.auto"), noDraft: delta("draft.auto.none"), urgentAlerts: delta("alert.on_call") },
    },
    notes: d.failed ? [`${d.failed} deliveries failed: ${JSON.stringify(d.errors)}`] : undefined,
  };
}
