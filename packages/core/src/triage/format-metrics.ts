import { CATEGORIES } from "./category.ts";
import type { Metrics } from "./evaluate.ts";

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const pad = (s: string | number, n: number): string => String(s).padStart(n);

/** Plain-text report for the terminal: headline figures, per-category table, confusion matrix. */
export function formatMetrics(name: string, m: Metrics): string {
  const lines = [
    `== ${name} (${m.count} messages)`,
    `accuracy ${pct(m.accuracy)}  macro-F1 ${m.macroF1.toFixed(3)}  urgent recall ${pct(m.urgentRecall)}  ` +
      `unsafe public ${pct(m.unsafePublicRate)}  education precision ${pct(m.educationPrecision)}`,
    `macro-F1 en ${m.macroF1ByLanguage.en?.toFixed(3) ?? "-"}  es ${m.macroF1ByLanguage.es?.toFixed(3) ?? "-"}  containsPhi accuracy ${pct(m.phiAccuracy)}`,
    "",
    `${"category".padEnd(10)} ${pad("prec", 7)} ${pad("recall", 7)} ${pad("F1", 6)} ${pad("n", 5)}`,
  ];
  for (const c of CATEGORIES) {
    const s = m.perCategory[c];
    lines.push(`${c.padEnd(10)} ${pad(pct(s.precision), 7)} ${pad(pct(s.recall), 7)} ${pad(s.f1.toFixed(3), 6)} ${pad(s.support, 5)}`);
  }
  lines.push("", `confusion (rows expected, columns predicted)`, `${"".padEnd(10)} ${CATEGORIES.map((c) => pad(c.slice(0, 5), 6)).join("")}`);
  for (const e of CATEGORIES) lines.push(`${e.padEnd(10)} ${CATEGORIES.map((p) => pad(m.confusion[e][p], 6)).join("")}`);
  return lines.join("\n");
}
