/**
 * npx tsx test/bench/profile-ingest.ts [concurrency] [seconds]
 *
 * Where an ingest delivery's time goes: the ingest row's load (signed Meta deliveries, 32 senders)
 * with every store call timed by command name, and the time spent inside the webhook route.
 * A diagnostic for the ingest row, not part of `npm run bench`.
 */
import { startBenchEnv } from "./bench-env.ts";
import { makeBenchPractice } from "./bench-practice.ts";
import { triageRows } from "./corpus.ts";
import { META_SECRET } from "./bench-env.ts";
import { runLoad, summarise } from "./measure.ts";
import { signMetaBody } from "../../packages/core/src/platform/meta/sign-meta-body.ts";
import { delivery } from "./rows/ingest-row.ts";

const concurrency = Number(process.argv[2] ?? 32);
const seconds = Number(process.argv[3] ?? 15);

const env = await startBenchEnv();
const byCommand: Record<string, { n: number; ms: number; max: number }> = {};
const doc = env.deps.store.doc as unknown as { send: (c: unknown, ...r: unknown[]) => Promise<unknown> };
const send = doc.send.bind(doc);
doc.send = async (command, ...rest) => {
  const t0 = performance.now();
  try {
    return await send(command, ...rest);
  } finally {
    const name = (command as { constructor: { name: string } }).constructor.name;
    const e = (byCommand[name] ??= { n: 0, ms: 0, max: 0 });
    const dt = performance.now() - t0;
    e.n++;
    e.ms += dt;
    e.max = Math.max(e.max, dt);
  }
};
try {
  const bp = await makeBenchPractice(env.deps, "profile");
  const texts = triageRows().map((r) => r.text);
  const post = async (n: number, run: string) => {
    const body = delivery(bp.pageId, n, texts[n % texts.length], run);
    const res = await fetch(`${env.baseUrl}/webhooks/meta`, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signMetaBody(body, META_SECRET) }, body });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  };
  await runLoad({ concurrency, maxCount: 96, maxSeconds: 20, label: "warm-up" }, (n) => post(n, "w"));
  for (const k of Object.keys(byCommand)) delete byCommand[k];
  const r = await runLoad({ concurrency, maxCount: 100_000, maxSeconds: seconds, label: "deliveries" }, (n) => post(n, "r"));
  const s = summarise(r.latenciesMs);
  console.log(`${(r.ok / r.seconds).toFixed(1)} deliveries/s, p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, failed ${r.failed}`);
  for (const [name, e] of Object.entries(byCommand).sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`  ${name.padEnd(28)} ${(e.n / r.ok).toFixed(2)} per delivery, mean ${(e.ms / e.n).toFixed(1)} ms, max ${e.max.toFixed(0)} ms`);
  }
  console.log("  events:", JSON.stringify(env.logEvents()));
} finally {
  await env.stop();
}
