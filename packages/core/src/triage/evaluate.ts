/**
 * Pure scoring of the engine against labelled rows: per-category precision,
 * recall and F1, macro-F1, the safety figures the issue sets targets for,
 * per-language macro-F1, containsPhi accuracy and a confusion matrix.
 */
import { CATEGORIES, REDIRECT_CATEGORIES, type Category, type Language } from "./category.ts";
import type { LabelledRow } from "./labelled-row.ts";
import { triageMessage } from "./triage-message.ts";

export type CategoryScore = { precision: number; recall: number; f1: number; support: number };
export type Prediction = { row: LabelledRow; category: Category; containsPhi: boolean };
export type Metrics = {
  count: number;
  accuracy: number;
  perCategory: Record<Category, CategoryScore>;
  macroF1: number;
  urgentRecall: number;
  /** Share of urgent+personal rows put in a public category (education, logistics, feedback, other). */
  unsafePublicRate: number;
  educationPrecision: number;
  macroF1ByLanguage: Partial<Record<Language, number>>;
  phiAccuracy: number;
  /** confusion[expected][predicted] = count */
  confusion: Record<Category, Record<Category, number>>;
  errors: Prediction[];
};

/** Undefined ratios (no support) count as 1, so an absent category does not drag a small sample down. */
const ratio = (num: number, den: number): number => (den === 0 ? 1 : num / den);

function score(predictions: readonly Prediction[], category: Category): CategoryScore {
  let tp = 0, fp = 0, fn = 0;
  for (const p of predictions) {
    const expected = p.row.category === category;
    const got = p.category === category;
    if (expected && got) tp++;
    else if (got) fp++;
    else if (expected) fn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

function macroF1(predictions: readonly Prediction[]): number {
  const present = CATEGORIES.filter((c) => predictions.some((p) => p.row.category === c || p.category === c));
  if (present.length === 0) return 1;
  return present.reduce((sum, c) => sum + score(predictions, c).f1, 0) / present.length;
}

export function predict(rows: readonly LabelledRow[]): Prediction[] {
  return rows.map((row) => {
    const result = triageMessage({ text: row.text });
    return { row, category: result.category, containsPhi: result.containsPhi };
  });
}

export function evaluate(rows: readonly LabelledRow[]): Metrics {
  return metricsOf(predict(rows));
}

/** Scores predictions made by anything (the engine, an older engine, a simulated policy). */
export function metricsOf(predictions: readonly Prediction[]): Metrics {
  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c, score(predictions, c)])) as Record<Category, CategoryScore>;
  const confusion = Object.fromEntries(
    CATEGORIES.map((e) => [e, Object.fromEntries(CATEGORIES.map((p) => [p, 0]))]),
  ) as Record<Category, Record<Category, number>>;
  for (const p of predictions) confusion[p.row.category][p.category]++;

  const redirects = predictions.filter((p) => REDIRECT_CATEGORIES.has(p.row.category));
  const byLanguage: Partial<Record<Language, number>> = {};
  for (const language of ["en", "es"] as const) {
    const subset = predictions.filter((p) => p.row.language === language);
    if (subset.length > 0) byLanguage[language] = macroF1(subset);
  }
  return {
    count: predictions.length,
    accuracy: ratio(predictions.filter((p) => p.category === p.row.category).length, predictions.length),
    perCategory,
    macroF1: macroF1(predictions),
    urgentRecall: perCategory.urgent.recall,
    unsafePublicRate: redirects.length === 0 ? 0 : redirects.filter((p) => !REDIRECT_CATEGORIES.has(p.category)).length / redirects.length,
    educationPrecision: perCategory.education.precision,
    macroF1ByLanguage: byLanguage,
    phiAccuracy: ratio(predictions.filter((p) => p.containsPhi === p.row.containsPhi).length, predictions.length),
    confusion,
    errors: predictions.filter((p) => p.category !== p.row.category),
  };
}
