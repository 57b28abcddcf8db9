/**
 * npm run --silent triage:eval [file.jsonl ...]
 * Scores the engine on labelled JSONL files (default: every file in corpus/)
 * and prints one report per file plus the combined figures. Add --errors to
 * list the misclassified ids (ids and categories only, never the text).
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluate } from "./evaluate.ts";
import { formatMetrics } from "./format-metrics.ts";
import { parseLabelledRows, type LabelledRow } from "./labelled-row.ts";

const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const corpusDir = join(fileURLToPath(new URL(".", import.meta.url)), "corpus");
const files = args.filter((a) => !a.startsWith("--"));
const targets = files.length > 0 ? files : readdirSync(corpusDir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(corpusDir, f));

const all: LabelledRow[] = [];
for (const file of targets) {
  const rows = parseLabelledRows(readFileSync(file, "utf8"));
  all.push(...rows);
  const metrics = evaluate(rows);
  console.log(formatMetrics(basename(file), metrics), "\n");
  if (showErrors) for (const e of metrics.errors) console.log(`  ${e.row.id}: expected ${e.row.category}, got ${e.category}`);
}
if (targets.length > 1) console.log(formatMetrics("all files", evaluate(all)));
