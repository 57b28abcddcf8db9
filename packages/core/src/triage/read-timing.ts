/**
 * Reads when an emergency sign happens from the words nearest to it: first its
 * clause, then its sentence, so "a seizure two years ago, none since. Do I
 * still need..." is past even though "still" appears later, and "it went away,
 * but now my chest hurts again" is now. Only when neither says anything does
 * the whole message decide.
 */
import { CHRONIC_MARKER, NEGATED_NOW, NOW_MARKER, PAST_MARKER } from "./lexicon/context-lexicon.ts";

export type Timing = "now" | "past" | "chronic" | "unknown";

const CLAUSE_END = /[,.;!?\n]| but | pero | though | aunque /g;
const SENTENCE_END = /[.!?;\n]/g;

function has(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

function bounds(text: string, index: number, ends: RegExp): [number, number] {
  let start = 0;
  let end = text.length;
  ends.lastIndex = 0;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    if (m.index < index) start = m.index + m[0].length;
    else if (m.index > index) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/** The timing a stretch of text gives: now beats past, past beats chronic. */
export function timingOf(span: string): Timing {
  if (has(NOW_MARKER, span.replace(NEGATED_NOW, " "))) return "now";
  if (has(PAST_MARKER, span)) return "past";
  if (has(CHRONIC_MARKER, span)) return "chronic";
  return "unknown";
}

/** Timing of the sign found at `index`: its clause first, then its sentence. */
export function timingAt(text: string, index: number): Timing {
  const [cs, ce] = bounds(text, index, CLAUSE_END);
  const clause = timingOf(text.slice(cs, ce));
  if (clause !== "unknown") return clause;
  const [ss, se] = bounds(text, index, SENTENCE_END);
  return timingOf(text.slice(ss, se));
}
