/**
 * npm run bench [-- --json <file>] [--markdown <file>] [--scale <0..1>] [--with-audit] [--only ingest,inbox,analytics,lambda,dashboard,triage,reply-check]
 *
 * Starts its own in-memory DynamoDB Local and the real app on 127.0.0.1 (a free port), runs
 * every row of issue 8's table, prints a table of figures, same-run baselines and ratios against
 * the goals, and writes the figures as JSON. Every loop is bounded by a count and by time;
 * the large load is bounded by what is left of a 14-minute budget and says so if it stops early.
 */
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import { analyticsRouteExists, dayAggregatorFor } from "./analytics-support.ts";
import { startBenchEnv, type BenchEnv } from "./bench-env.ts";
import { makeBenchPractice, signIn } from "./bench-practice.ts";
import { bulkLoadConversations } from "./bulk-load.ts";
import { triageRows } from "./corpus.ts";
import { markdownReport, markdownTable, machine, notes, writeFile } from "./report.ts";
import { runAnalyticsRow } from "./rows/analytics-row.ts";
import { runDashboardRow } from "./rows/dashboard-row.ts";
import { runInboxRow, type Sized } from "./rows/inbox-row.ts";
import { runIngestRow } from "./rows/ingest-row.ts";
import { runLambdaRow } from "./rows/lambda-row.ts";
import { runReplyCheckRow } from "./rows/reply-check-row.ts";
import { runTriageRow } from "./rows/triage-row.ts";
import { unavailable, type RowResult } from "./rows/row.ts";
import { buildWeb } from "./web-bundle.ts";

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const scale = Number(arg("--scale") ?? 1);
const OUT = fileURLToPath(new URL("./.out/", import.meta.url));
const BUDGET_S = 14.5 * 60;
const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const startLoad = loadavg().map((v) => Number(v.toFixed(2)));
const only = arg("--only")?.split(",");
/** Whether a row runs (all do unless --only names some: for working on one row). */
const wanted = (row: string) => !only || only.includes(row);
const SIZES = { small: Math.round(1_000 * scale), dashboard: Math.round(5_000 * scale), large: Math.round(100_000 * scale) };

const step = (title: string) => console.log(`\n[${elapsed().toFixed(0).padStart(3)} s] ${title}`);

async function safely(row: string, what: string, fn: () => Promise<RowResult> | RowResult): Promise<RowResult> {
  try {
    return await fn();
  } catch (error) {
    console.error(`  ${row} failed: ${(error as Error).stack ?? error}`);
    return { ...unavailable(row, what, "—", `failed: ${(error as Error).message.slice(0, 80)}`), notes: [`the row failed: ${(error as Error).message}`] };
  }
}

async function main(env: BenchEnv, results: RowResult[]) {
  if (wanted("ingest")) step("ingest: signed Meta deliveries vs PutItem 1 KB, 32 in flight");
  if (wanted("ingest")) results.push(await safely("ingest", "ingest", () => runIngestRow(env, { concurrency: 32, maxDeliveries: 20_000, seconds: 28, baselineSeconds: 12, rounds: 4 })));

  step("dashboard build (vite, in the background) and bulk loads");
  const webDir = `${OUT}web`;
  const webBuild = (wanted("dashboard") ? buildWeb(webDir) : Promise.reject(new Error("not built (--only)"))).then((s) => ({ ok: true as const, s }), (e: Error) => ({ ok: false as const, e }));
  const texts = triageRows().map((r) => r.text);
  const withAudit = argv.includes("--with-audit");
  const practices = {
    small: await makeBenchPractice(env.deps, "small"),
    dashboard: await makeBenchPractice(env.deps, "dash"),
    large: await makeBenchPractice(env.deps, "large"),
  };
  const loads: Record<string, { loaded: number; seconds: number; items: number; dayItems?: number }> = {};
  const needed = { small: wanted("inbox") || wanted("analytics"), dashboard: wanted("dashboard"), large: wanted("inbox") || wanted("analytics") };
  for (const key of ["small", "dashboard", "large"] as const) {
    if (!needed[key]) {
      loads[key] = { loaded: 0, seconds: 0, items: 0 };
      continue;
    }
    const aggregator = key === "dashboard" ? null : await dayAggregatorFor(practices[key]);
    // The large load gets what is left of the budget after the rows that follow it (~2.5 min).
    const maxSeconds = key === "large" ? Math.max(60, BUDGET_S - 150 - elapsed()) : 300;
    // Messages over 180 days: the 90-day chart request also reads the 90 days before, to compare.
    const r = await bulkLoadConversations(env.deps, practices[key], {
      count: SIZES[key],
      texts,
      label: `${key} practice`,
      spanDays: key === "dashboard" ? 30 : 180,
      withAudit,
      maxSeconds,
      onConversation: aggregator?.onConversation,
    });
    loads[key] = { loaded: r.loaded, seconds: r.seconds, items: r.items, dayItems: aggregator ? await aggregator.write(env.deps) : undefined };
    console.log(`  ${key}: ${r.loaded} conversations (${r.items} items${aggregator ? `, ${loads[key].dayItems} day items` : ""}) in ${r.seconds.toFixed(1)} s`);
  }
  const web = await webBuild;
  console.log(web.ok ? `  dashboard built in ${web.s.toFixed(1)} s` : `  dashboard build failed: ${web.e.message}`);

  const sized = async (key: "small" | "large", admin = false): Promise<Sized> => ({
    label: key,
    conversations: loads[key].loaded,
    session: await signIn(env.baseUrl, admin ? practices[key].adminEmail : practices[key].email),
  });
  const loadNote = `bulk load: ${Object.entries(loads).map(([k, v]) => `${k} ${v.loaded} conversations in ${v.seconds.toFixed(0)} s`).join(", ")}`;

  if (wanted("inbox")) {
  step("inbox page: 100,000 vs 1,000 conversations");
  const inbox = await safely("inbox", "inbox page", async () => runInboxRow(env, await sized("large"), await sized("small"), { maxRequests: 300, maxSeconds: 40 }));
  inbox.notes = [...(inbox.notes ?? []), loadNote];
  if (loads.large.loaded < SIZES.large) inbox.notes.push(`the large load stopped at ${loads.large.loaded} of ${SIZES.large} (time budget)`);
  inbox.figures.loads = loads;
  results.push(inbox);
  }

  if (wanted("analytics")) step("analytics: 90-day chart request, 100,000 vs 1,000 messages");
  if (wanted("analytics")) results.push(
    await safely("analytics", "analytics", async () => {
      const [large, small] = [await sized("large", true), await sized("small", true)];
      if (!(await analyticsRouteExists(env.baseUrl, large.session.headers))) return unavailable("analytics", "analytics (90 days)", "p95 <= 1.2x, < 200 items", "not available yet (no /api/analytics in /api/openapi.json)");
      const row = await runAnalyticsRow(env, large, small, { maxRequests: 150, maxSeconds: 30 });
      if (loads.large.dayItems === undefined) row.notes = ["no day-aggregate module to load the messages' day items with: the large practice's charts are empty"];
      return row;
    }),
  );

  if (wanted("lambda")) step("Lambda: bundle each handler, import in a fresh node (median of 9)");
  if (wanted("lambda")) results.push(await safely("lambda", "Lambda", () => runLambdaRow({ outDir: `${OUT}lambda`, runs: 9 })));

  if (wanted("dashboard")) step("dashboard: inbox JS and headless Chromium, 5,000 conversations");
  if (wanted("dashboard")) results.push(
    await safely("dashboard", "dashboard", async () => {
      if (!web.ok) throw web.e;
      const session = await signIn(env.baseUrl, practices.dashboard.email);
      return runDashboardRow(env, { webDir, session, conversations: loads.dashboard.loaded, runs: 5 });
    }),
  );
}

async function run() {
  const results: RowResult[] = [];
  step("triage and reply check on one core");
  if (wanted("triage")) results.push(await safely("triage", "triage", () => runTriageRow({ maxSeconds: 8 })));
  if (wanted("reply-check")) results.push(await safely("reply-check", "reply check", () => runReplyCheckRow({ maxSeconds: 8 })));

  step("starting DynamoDB Local (in memory) and the app on 127.0.0.1");
  const env = await startBenchEnv({ webRoot: `${OUT}web` });
  const stop = async () => {
    await env.stop().catch(() => undefined);
    process.exit(130);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  console.log(`  app at ${env.baseUrl}, store at ${env.dynamo.endpoint}`);
  try {
    await main(env, results);
  } finally {
    await env.stop().catch(() => undefined);
  }

  const seconds = elapsed();
  console.log(`\n${markdownTable(results)}\n`);
  for (const n of notes(results)) console.log(n);
  console.log(`\n${seconds.toFixed(0)} s in all.`);
  const m = machine();
  const date = new Date().toISOString();
  const json = arg("--json");
  if (json) writeFile(json, JSON.stringify({ date, seconds: Math.round(seconds), scale, machine: { ...m, loadAverageAtStart: startLoad }, rows: Object.fromEntries(results.map((r) => [r.row, { lines: r.lines, figures: r.figures, notes: r.notes ?? [] }])) }, null, 2));
  const md = arg("--markdown");
  if (md) writeFile(md, markdownReport(results, { date, seconds, startLoad, m, args: argv.join(" ") }));
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
