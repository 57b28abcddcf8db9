/**
 * npx tsx packages/core/src/triage/model/train-nudge-model.ts [--exclude file.jsonl ...] [--dry] [--out weights.ts]
 *
 * Trains the nudge model offline from the labelled corpora (../corpus/*.jsonl)
 * and writes nudge-model-weights.ts. Deterministic: fixed order, fixed
 * seed, no randomness from the clock, so the same corpus gives the same
 * weights.
 *
 * Thresholds are chosen honestly by leave-one-file-out: for each corpus file
 * the model is trained on the other files and scores that file; a threshold
 * is the lowest one at which nudges that would turn the rules' answer into a
 * wrong one stay within 1% of the messages. `--exclude` keeps files out of
 * training and threshold choice entirely (a held-out check); `--dry` prints
 * the report without writing.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Category } from "../category.ts";
import { parseLabelledRows, type LabelledRow } from "../labelled-row.ts";
import { normaliseText } from "../normalise-text.ts";
import { nudgeable, nudgedCategory, urgencyContext, type Thresholds, type UrgencyContext } from "../nudge-towards-safety.ts";
import { metricsOf, type Metrics } from "../evaluate.ts";
import { triageByRules } from "../triage-message.ts";
import { BUCKETS, forEachFeature } from "./text-features.ts";
import { PUBLIC_RESCUES, textForModel, type NudgeScores, type NudgeWeights, type PublicRescue, type PublicScores } from "./nudge-model.ts";
import { rescuedCategory } from "../nudge-towards-safety.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const corpusDir = join(here, "..", "corpus");
const args = process.argv.slice(2);
const excluded = new Set(args.flatMap((a, i) => (args[i - 1] === "--exclude" ? [a] : [])));
const dry = args.includes("--dry");
const outArg = args.find((a, i) => args[i - 1] === "--out");

const EPOCHS = 30;
const L2 = 1e-4;
// No nudge below 0.35: a model that finds a message less than about one-in-three likely to be urgent does not overrule the rules.
const GRID = Array.from({ length: 13 }, (_, i) => 0.35 + i * 0.05);

type Doc = { ids: Int32Array; vals: Float64Array; urgent: number; redirect: number; file: string; row: LabelledRow; rules: Category; locked: boolean; context: UrgencyContext; firstRun?: Category };
type Head = { w: Float64Array; b: number };

function toDoc(row: LabelledRow, file: string): Doc {
  const text = normaliseText(row.text);
  const counts = new Map<number, number>();
  let total = 0;
  forEachFeature(textForModel(text), (id) => {
    counts.set(id, (counts.get(id) ?? 0) + 1);
    total++;
  });
  const scale = total > 0 ? 1 / Math.sqrt(total) : 0;
  const rules = triageByRules(row.text);
  const context = urgencyContext(text, rules);
  const ids = Int32Array.from(counts.keys());
  const vals = Float64Array.from(counts.values(), (c) => c * scale);
  return {
    ids, vals, file, row,
    urgent: row.category === "urgent" ? 1 : 0,
    redirect: row.category === "urgent" || row.category === "personal" ? 1 : 0,
    rules: rules.category,
    locked: !nudgeable(rules),
    context: {
      timing: context.timing,
      ruledOut: typeof context.ruledOut === "function" ? context.ruledOut() : context.ruledOut,
      general: typeof context.general === "function" ? context.general() : context.general,
    },
    firstRun: firstRuns[file]?.predictions[row.id],
  };
}

/** A fixed pseudo-random permutation (LCG), so training order is reproducible. */
function permutation(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

type Label = "urgent" | "redirect" | PublicRescue;

function target(d: Doc, label: Label): number {
  if (label === "urgent" || label === "redirect") return d[label];
  return d.row.category === label ? 1 : 0;
}

function train(docs: readonly Doc[], label: Label): Head {
  const w = new Float64Array(BUCKETS);
  let b = 0;
  const positives = docs.filter((d) => target(d, label) === 1).length;
  // Balanced classes: a missed redirect costs as much in total as all false alarms.
  const posWeight = positives > 0 ? (docs.length - positives) / positives : 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const lr = 0.5 / (1 + epoch * 0.2);
    for (const index of permutation(docs.length, 7919 + epoch)) {
      const d = docs[index];
      let z = b;
      for (let k = 0; k < d.ids.length; k++) z += w[d.ids[k]] * d.vals[k];
      const p = 1 / (1 + Math.exp(-z));
      const y = target(d, label);
      const g = (p - y) * (y === 1 ? posWeight : 1);
      for (let k = 0; k < d.ids.length; k++) {
        const id = d.ids[k];
        w[id] -= lr * (g * d.vals[k] + L2 * w[id]);
      }
      b -= lr * g;
    }
  }
  return { w, b };
}

function words(head: Head, d: Doc): number {
  let z = 0;
  for (let k = 0; k < d.ids.length; k++) z += head.w[d.ids[k]] * d.vals[k];
  return z;
}
function score(head: Head, d: Doc): number {
  return 1 / (1 + Math.exp(-(head.b + words(head, d))));
}
/** Same as the runtime's scoreWith, from training-precision weights. */
function nudgeScores(u: Head, r: Head, d: Doc): NudgeScores {
  return { urgent: score(u, d), redirect: score(r, d), urgentWords: words(u, d), redirectWords: words(r, d) };
}

type Scored = { doc: Doc; scores: NudgeScores };

/** The engine's own predictions when each file was first scored blind (see the JSON file's "about"). */
const firstRuns: Record<string, { engine: string; predictions: Record<string, Category> }> = JSON.parse(
  readFileSync(join(corpusDir, "first-run-predictions.json"), "utf8"),
).files;

const BREAK_BUDGET = 0.05;

function broken(scored: readonly Scored[], t: Thresholds): number {
  let count = 0;
  for (const { doc, scores } of scored) {
    if (doc.rules !== doc.row.category || doc.locked) continue;
    const after = nudgedCategory(doc.rules, scores, doc.context, t);
    // A redirect made urgent is still a redirect: only spoiled public answers count against the budget.
    if (after !== doc.rules && doc.rules !== "personal") count++;
  }
  return count;
}

function simulate(scored: readonly Scored[], t: Thresholds): Metrics {
  return metricsOf(scored.map(({ doc, scores }) => {
    const category = nudgedCategory(doc.firstRun as Category, scores, doc.context, t);
    return { row: doc.row, category, containsPhi: category === "urgent" || category === "personal" };
  }));
}

/**
 * Thresholds are chosen on wording the rules had not seen: the first blind
 * run of each file, nudged by a model that never saw that file. The pick
 * maximises urgent recall plus the share of redirects kept out of public
 * categories, as long as macro-F1 and education precision do not fall below
 * the rules' own first-run figures, and as long as the nudges would turn at
 * most BREAK_BUDGET of the public answers today's rules get right into
 * redirects (again scored by models that never saw the file): the rules have
 * improved since those first runs, so a nudge has fewer errors to fix and more
 * right answers to spoil. A right `personal` made `urgent` is not counted: it
 * is still a redirect, and urgent precision is not a target, urgent recall is.
 */
function chooseThresholds(scored: readonly Scored[]): { thresholds: Thresholds; before: Metrics; after: Metrics } {
  const blind = scored.filter((s) => s.doc.firstRun);
  const never = 2;
  const before = simulate(blind, { urgent: never, urgentNow: never, redirect: never });
  let best = { thresholds: { urgent: never, urgentNow: never, redirect: never }, after: before, value: -1 };
  for (const urgent of [...GRID, never]) {
    for (const urgentNow of GRID.filter((t) => t <= urgent)) {
      for (const redirect of [...GRID, never]) {
        const t = { urgent, urgentNow, redirect };
        const after = simulate(blind, t);
        if (after.macroF1 < before.macroF1 || after.educationPrecision < before.educationPrecision) continue;
        if (broken(scored, t) > BREAK_BUDGET * scored.length) continue;
        const value = after.urgentRecall + (1 - after.unsafePublicRate);
        if (value > best.value + 1e-9) best = { thresholds: t, after, value };
      }
    }
  }
  return { thresholds: best.thresholds, before, after: best.after };
}

/** Heads that pick a public category for a message the rules could only call `other`; trained on public messages only. */
type PublicHeads = Record<PublicRescue, Head>;
const isPublic = (d: Doc): boolean => d.row.category !== "urgent" && d.row.category !== "personal";
function trainPublic(docs: readonly Doc[]): PublicHeads {
  const pub = docs.filter(isPublic);
  return Object.fromEntries(PUBLIC_RESCUES.map((c) => [c, train(pub, c)])) as PublicHeads;
}
function scorePublic(heads: PublicHeads, d: Doc): PublicScores {
  // As at runtime: a class the words do not point to gets no probability.
  return Object.fromEntries(PUBLIC_RESCUES.map((c) => [c, words(heads[c], d) > 0 ? score(heads[c], d) : 0])) as PublicScores;
}

/**
 * The rescue threshold: the one that gives the best macro-F1 on the first
 * blind runs (after the nudges), without lowering education precision and
 * spoiling at most 1% of today's right `other` answers.
 */
function chooseRescue(scored: readonly (Scored & { pub: PublicScores })[], t: Thresholds): { rescue: number; after: Metrics } {
  const blind = scored.filter((s) => s.doc.firstRun);
  const run = (rescue: number): Metrics =>
    metricsOf(blind.map(({ doc, scores, pub }) => {
      const category = rescuedCategory(nudgedCategory(doc.firstRun as Category, scores, doc.context, t), pub, rescue);
      return { row: doc.row, category, containsPhi: category === "urgent" || category === "personal" };
    }));
  const spoiled = (rescue: number): number =>
    scored.filter(({ doc, scores, pub }) => doc.rules === doc.row.category && !doc.locked && rescuedCategory(nudgedCategory(doc.rules, scores, doc.context, t), pub, rescue) !== doc.rules).length;
  const base = run(2);
  let best = { rescue: 2, after: base };
  for (const rescue of GRID) {
    const after = run(rescue);
    if (after.educationPrecision < base.educationPrecision || spoiled(rescue) - spoiled(2) > 0.01 * scored.length) continue;
    if (after.macroF1 > best.after.macroF1 + 1e-9) best = { rescue, after };
  }
  return best;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (m: Metrics): string =>
  `accuracy ${pct(m.accuracy)}, macro-F1 ${m.macroF1.toFixed(3)}, urgent recall ${pct(m.urgentRecall)}, unsafe public ${pct(m.unsafePublicRate)}, education precision ${pct(m.educationPrecision)}`;

function packPublic(heads: PublicHeads): string {
  const entries: string[] = [];
  for (let id = 0; id < BUCKETS; id++) {
    const w = PUBLIC_RESCUES.map((c) => Math.round(heads[c].w[id] * 1000));
    if (w.some((x) => x !== 0)) entries.push(`${id.toString(36)}:${w.join(":")}`);
  }
  return entries.join(",");
}

function pack(u: Head, r: Head): string {
  const entries: string[] = [];
  for (let id = 0; id < BUCKETS; id++) {
    const a = Math.round(u.w[id] * 1000);
    const c = Math.round(r.w[id] * 1000);
    if (a !== 0 || c !== 0) entries.push(`${id.toString(36)}:${a}:${c}`);
  }
  return entries.join(",");
}

const files = readdirSync(corpusDir).filter((f) => f.endsWith(".jsonl") && !excluded.has(f)).sort();
const docs = files.flatMap((f) => parseLabelledRows(readFileSync(join(corpusDir, f), "utf8")).map((row) => toDoc(row, f)));

// Leave one file out: every message is scored by a model that never saw its file.
const scored: (Scored & { pub: PublicScores })[] = [];
for (const file of files) {
  const rest = docs.filter((d) => d.file !== file);
  const u = train(rest, "urgent");
  const r = train(rest, "redirect");
  const p = trainPublic(rest);
  for (const d of docs.filter((x) => x.file === file)) scored.push({ doc: d, scores: nudgeScores(u, r, d), pub: scorePublic(p, d) });
}
const { thresholds, before, after } = chooseThresholds(scored);
const rescue = chooseRescue(scored, thresholds);
const modelAlone = scored.filter(({ doc, scores }) => (scores.urgent >= 0.5) === (doc.urgent === 1)).length / scored.length;
console.log(`files: ${files.join(", ")}${excluded.size ? ` (excluded: ${[...excluded].join(", ")})` : ""}`);
console.log(`leave-one-file-out: urgent head right at 0.5 on ${pct(modelAlone)} of messages`);
console.log(`first blind runs (${before.count} messages), rules alone:   ${line(before)}`);
console.log(`first blind runs, rules + model nudges: ${line(after)}`);
console.log(`thresholds: urgent ${thresholds.urgent.toFixed(2)} (${thresholds.urgentNow.toFixed(2)} when happening now), redirect ${thresholds.redirect.toFixed(2)}; today's rules: ${broken(scored, thresholds)} right answers of ${scored.length} spoiled`);
{
  const today = metricsOf(scored.map(({ doc, scores }) => ({ row: doc.row, category: doc.locked ? doc.rules : nudgedCategory(doc.rules, scores, doc.context, thresholds), containsPhi: false })));
  console.log(`today's rules + nudges from models that never saw the file (a floor: the rules were tuned on these files): ${line(today)}`);
}
console.log(`first blind runs, + public rescue of 'other' at ${rescue.rescue.toFixed(2)}: ${line(rescue.after)}`);

const u = train(docs, "urgent");
const r = train(docs, "redirect");
const p = trainPublic(docs);

// Held out: files left out with --exclude, scored once by the model that never saw them, on their first blind run.
const heldOut = readdirSync(corpusDir)
  .filter((f) => excluded.has(f))
  .flatMap((f) => parseLabelledRows(readFileSync(join(corpusDir, f), "utf8")).map((row) => toDoc(row, f)))
  .filter((d) => d.firstRun)
  .map((doc) => ({ doc, scores: nudgeScores(u, r, doc), pub: scorePublic(p, doc) }));
if (heldOut.length > 0) {
  console.log(`held out (${heldOut.length} messages), first blind run, rules alone:   ${line(simulate(heldOut, { urgent: 2, urgentNow: 2, redirect: 2 }))}`);
  console.log(`held out, first blind run, rules + model nudges: ${line(simulate(heldOut, thresholds))}`);
  const rescued = metricsOf(heldOut.map(({ doc, scores, pub }) => {
    const category = rescuedCategory(nudgedCategory(doc.firstRun as Category, scores, doc.context, thresholds), pub, rescue.rescue);
    return { row: doc.row, category, containsPhi: category === "urgent" || category === "personal" };
  }));
  console.log(`held out, first blind run, + public rescue: ${line(rescued)}`);
}

if (!dry) {
  const model: NudgeWeights = {
    version: `nudge-${docs.length}`,
    thresholds: {
      urgent: Number(thresholds.urgent.toFixed(2)),
      urgentNow: Number(thresholds.urgentNow.toFixed(2)),
      redirect: Number(thresholds.redirect.toFixed(2)),
    },
    rescue: Number(rescue.rescue.toFixed(2)),
    bias: { urgent: Number(u.b.toFixed(4)), redirect: Number(r.b.toFixed(4)) },
    weights: pack(u, r),
    publicBias: Object.fromEntries(PUBLIC_RESCUES.map((c) => [c, Number(p[c].b.toFixed(4))])) as PublicScores,
    publicWeights: packPublic(p),
  };
  const out = outArg ?? join(here, "nudge-model-weights.ts");
  writeFileSync(
    out,
    `// Generated by train-nudge-model.ts from ${files.length} corpus files (${docs.length} messages). Do not edit by hand.\n` +
      `import type { NudgeWeights } from "./nudge-model.ts";\n` +
      `export const NUDGE_MODEL: NudgeWeights = ${JSON.stringify(model)};\n`,
  );
  console.log(`wrote ${out} (${model.weights.split(",").length} weights)`);
}
