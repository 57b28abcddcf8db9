/**
 * Small helpers over normalised text: how far apart two spans are, whether a
 * sentence ends between them, and whether a match sits in a negated clause.
 * Character scans only; no arrays are built per message.
 */
import { NEGATION_CUE } from "./lexicon/subject-lexicon.ts";

/** Number of words strictly between offsets `from` and `to` (from <= to). */
export function wordsBetween(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const isSpace = text.charCodeAt(i) === 32;
    if (!isSpace && !inWord) words++;
    inWord = !isSpace;
  }
  return words;
}

/** True when a sentence ends between the offsets ("? ", "! ", ". ", ";", newline). */
export function crossesSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "?" || c === "!" || c === ";" || c === "\n") return true;
    if (c === "." && text.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

const CLAUSE_BREAK = /[,.;:!?]|\b(but|pero|just|solo|although|aunque)\b/g;

/**
 * A match is negated when a negation cue is among the three words before it,
 * inside the same clause: "no chest pain", "sin dolor de pecho", "I'm not having".
 */
export function isNegated(text: string, index: number): boolean {
  let start = Math.max(0, index - 40);
  let clause = text.slice(start, index);
  CLAUSE_BREAK.lastIndex = 0;
  let lastBreak = -1;
  for (let m = CLAUSE_BREAK.exec(clause); m; m = CLAUSE_BREAK.exec(clause)) lastBreak = m.index + m[0].length;
  if (lastBreak >= 0) clause = clause.slice(lastBreak);
  const words = clause.trim().split(" ");
  const window = words.slice(-3).join(" ");
  NEGATION_CUE.lastIndex = 0;
  return NEGATION_CUE.test(window);
}
