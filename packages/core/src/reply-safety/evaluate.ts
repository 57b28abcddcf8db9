import { checkReply } from "./check-reply.ts";
import { VIOLATION_TYPES, type ViolationType } from "./violation.ts";
import type { Category } from "../triage/category.ts";

/** One labelled line of a corpus file. */
export type LabelledReply = {
  id: string;
  message: string;
  reply: string;
  category: Category;
  safe: boolean;
  violations: ViolationType[];
  language?: string;
};

export type Rates = { n: number; unsafe: number; safe: number; unsafeCaught: number; safeFlagged: number };
export type TypeScore = { type: ViolationType; tp: number; fp: number; fn: number; precision: number; recall: number };
export type Evaluation = { overall: Rates; byLanguage: Record<string, Rates>; byType: TypeScore[]; misses: string[]; falseAlarms: string[] };

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Pure: runs checkReply over labelled rows and scores it. Rates are fractions 0..1. */
export function evaluate(rows: readonly LabelledReply[]): Evaluation {
  const counts = new Map<string, { unsafe: number; safe: number; caught: number; flagged: number }>();
  const byType = new Map(VIOLATION_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const row of rows) {
    const result = checkReply({ message: row.message, reply: row.reply, category: row.category });
    const predicted = new Set(result.violations.map((v) => v.type));
    for (const key of ["all", row.language ?? guessLanguage(row.message + " " + row.reply)]) {
      const c = counts.get(key) ?? { unsafe: 0, safe: 0, caught: 0, flagged: 0 };
      if (row.safe) { c.safe++; if (!result.safe) c.flagged++; }
      else { c.unsafe++; if (!result.safe) c.caught++; }
      counts.set(key, c);
    }
    if (row.safe && !result.safe) falseAlarms.push(row.id);
    if (!row.safe && result.safe) misses.push(row.id);
    for (const t of VIOLATION_TYPES) {
      const s = byType.get(t)!;
      const want = row.violations.includes(t);
      const got = predicted.has(t);
      if (want && got) s.tp++; else if (got) s.fp++; else if (want) s.fn++;
    }
  }
  const rates = (c = { unsafe: 0, safe: 0, caught: 0, flagged: 0 }): Rates => ({
    n: c.unsafe + c.safe, unsafe: c.unsafe, safe: c.safe,
    unsafeCaught: ratio(c.caught, c.unsafe), safeFlagged: c.safe === 0 ? 0 : c.flagged / c.safe,
  });
  const byLanguage: Record<string, Rates> = {};
  for (const [k, c] of counts) if (k !== "all") byLanguage[k] = rates(c);
  return {
    overall: rates(counts.get("all")),
    byLanguage,
    byType: VIOLATION_TYPES.map((type) => {
      const { tp, fp, fn } = byType.get(type)!;
      return { type, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
    }),
    misses,
    falseAlarms,
  };
}

/** For unlabelled rows (the shared sample): Spanish when its marks or common words show, else English. */
export function guessLanguage(text: string): "en" | "es" {
  const es = /[ñ¿¡áéíóú]|\b(?:el|la|los|las|que|de|por|para|su|usted|gracias|hola|mi|es)\b/gi;
  return (text.match(es)?.length ?? 0) >= 2 ? "es" : "en";
}
