import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readLabelled } from "./corpus-io.ts";
import { evaluate, type Evaluation, type Rates } from "./evaluate.ts";

/** npm run check-reply:eval [files.jsonl...] — defaults to every .jsonl in corpus/. */
const corpusDir = join(dirname(fileURLToPath(import.meta.url)), "corpus");
const args = process.argv.slice(2).filter((a) => a !== "--verbose");
const verbose = process.argv.includes("--verbose");
const files = args.length > 0 ? args : readdirSync(corpusDir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(corpusDir, f));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rateRow = (name: string, r: Rates) =>
  `| ${name} | ${r.n} | ${r.unsafe} | ${pct(r.unsafeCaught)} | ${r.safe} | ${pct(r.safeFlagged)} |`;

function print(name: string, e: Evaluation): void {
  console.log(`\n## ${name}\n`);
  console.log("| set | rows | unsafe | unsafe caught | safe | safe flagged |\n|---|---|---|---|---|---|");
  console.log(rateRow("all", e.overall));
  for (const [lang, r] of Object.entries(e.byLanguage).sort()) console.log(rateRow(lang, r));
  console.log("\n| violation | tp | fp | fn | precision | recall |\n|---|---|---|---|---|---|");
  for (const t of e.byType) console.log(`| ${t.type} | ${t.tp} | ${t.fp} | ${t.fn} | ${pct(t.precision)} | ${pct(t.recall)} |`);
  if (verbose) console.log(`\nmissed: ${e.misses.join(", ") || "-"}\nfalse alarms: ${e.falseAlarms.join(", ") || "-"}`);
}

const all = files.map((f) => [basename(f), readLabelled(f)] as const);
for (const [name, rows] of all) print(name, evaluate(rows));
if (all.length > 1) print("all files", evaluate(all.flatMap(([, rows]) => rows)));
