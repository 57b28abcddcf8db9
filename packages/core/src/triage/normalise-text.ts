/**
 * Turns raw text into the one form every lexicon is written against:
 * lowercase, no diacritics, no apostrophes ("can't" -> "cant"), letters
 * repeated 3+ times cut to two ("sooo" -> "soo") or to one when that makes a
 * known word ("cheeeest" -> "chest"), leetspeak read as letters ("k1ll"),
 * symptom emoji read as words (🤒 -> fever), slang ("od'd", "kms") and common
 * chat spellings expanded. Punctuation that carries meaning (? ! . ,) is kept
 * because questions and clause limits are read from it.
 */
import {
  EMOJI_WORDS,
  LEET,
  LEET_KEEP,
  LEET_LETTERS,
  OVERDOSE_SLANG,
  SHORTHAND,
  SINGLE_LETTER_WORDS,
} from "./lexicon/spelling-lexicon.ts";

const SHORTHAND_WORDS = new RegExp(`\\b(?:${Object.keys(SHORTHAND).join("|")})\\b`, "g");
const EMOJI = new RegExp(Object.keys(EMOJI_WORDS).join("|"), "gu");
const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
const ELONGATED = /[a-z]*([a-z])\1{2,}[a-z]*/g;
const REPEATS = /([a-z])\1{2,}/g;
const SPACES = /\s+/g;
// Cheap tests that let most messages skip the costlier rewrites.
const HAS_REPEAT = /([a-z])\1\1/;
const HAS_LEET = /[a-z][0134@$]+[a-z]/;
const HAS_SYMBOL = /[\u2600-\u27bf\ud83c-\ud83e]/;

function shorten(word: string): string {
  const one = word.replace(REPEATS, "$1");
  return SINGLE_LETTER_WORDS.has(one) ? one : word.replace(REPEATS, "$1$1");
}

function unleet(word: string): string {
  if (LEET_KEEP.has(word) || /^\d/.test(word)) return word;
  return word.replace(/[0134@$]/g, (c) => LEET_LETTERS[c] ?? c);
}

export function normaliseText(raw: string): string {
  let text = HAS_SYMBOL.test(raw) ? raw.replace(EMOJI, (e) => EMOJI_WORDS[e] ?? e) : raw;
  text = text.replace(OVERDOSE_SLANG, "overdosed").toLowerCase().normalize("NFD").replace(DIACRITICS, "").replace(APOSTROPHES, "");
  if (HAS_REPEAT.test(text)) text = text.replace(ELONGATED, shorten);
  if (HAS_LEET.test(text)) text = text.replace(LEET, unleet);
  text = text.replace(/[¿¡]/g, " ");
  text = text.replace(SHORTHAND_WORDS, (word) => SHORTHAND[word] ?? word);
  return text.replace(SPACES, " ").trim();
}
