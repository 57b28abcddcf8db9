import { allMatches } from "./fold-text.ts";
import { LEXICON, type TermKind } from "./medical-lexicon-data.ts";

export type TermHit = { canonical: string; kind: TermKind; start: number; end: number };

const variantInfo = new Map<string, { canonical: string; kind: TermKind }>();
for (const kind of Object.keys(LEXICON) as TermKind[]) {
  for (const line of LEXICON[kind].split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const canonical = line.slice(0, colon).trim();
    for (const variant of line.slice(colon + 1).split(",")) {
      const v = variant.trim();
      if (v) variantInfo.set(v, { canonical, kind });
    }
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
// Longest variants first so "chest pain" wins over "pain", "ear infection" over "ear".
const alternation = [...variantInfo.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
const TERM_RE = new RegExp(`(?<![\\w-])(${alternation})(?:e?s)?(?![\\w-])`, "g");

// Several rules ask for the terms of the same reply; the last few answers are kept (results are never mutated).
const recent = new Map<string, readonly TermHit[]>();

/** Every health term in an already folded text, with its span. */
export function findTerms(folded: string): readonly TermHit[] {
  const known = recent.get(folded);
  if (known) return known;
  const hits = allMatches(TERM_RE, folded).map((m) => {
    const info = variantInfo.get(/\s/.test(m[1]!) ? m[1]!.replace(/\s+/g, " ") : m[1]!)!;
    return { ...info, start: m.index, end: m.index + m[0].length };
  });
  if (recent.size >= 8) recent.delete(recent.keys().next().value!);
  recent.set(folded, hits);
  return hits;
}

const TERM_TEST = new RegExp(TERM_RE.source);

/** Whether a folded text holds any health term (no memo: for short phrases). */
export function hasTerm(folded: string): boolean {
  return TERM_TEST.test(folded);
}

/** The canonical names of the health terms in a folded text. */
export function termSet(folded: string, kinds?: ReadonlySet<TermKind>): Set<string> {
  const out = new Set<string>();
  for (const hit of findTerms(folded)) if (!kinds || kinds.has(hit.kind)) out.add(hit.canonical);
  return out;
}

/** A regex alternation (no group) of every variant of the given kinds, for embedding in other patterns. */
export function termAlternation(kinds: readonly TermKind[]): string {
  return [...variantInfo.entries()]
    .filter(([, info]) => kinds.includes(info.kind))
    .map(([v]) => v)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
}
