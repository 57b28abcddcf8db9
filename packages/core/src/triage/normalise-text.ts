/**
 * Turns raw text into the one form every lexicon is written against:
 * lowercase, no diacritics, no apostrophes ("can't" -> "cant"), letters
 * repeated 3+ times cut to two ("sooo" -> "soo", "bleeeding" -> "bleeding"),
 * and common chat spellings expanded. Punctuation that carries meaning
 * (? ! . ,) is kept because questions and clause limits are read from it.
 */

// Whole-word replacements for chat shorthand and frequent misspellings.
const SHORTHAND: ReadonlyArray<[RegExp, string]> = [
  [/\bu\b/g, "you"],
  [/\bur\b/g, "your"],
  [/\br\b/g, "are"],
  [/\by'?all\b/g, "you all"],
  [/\b(pls|plz|pleez)\b/g, "please"],
  [/\b(bc|cuz|cause)\b/g, "because"],
  [/\brn\b/g, "right now"],
  [/\bappts?\b/g, "appointment"],
  [/\b(tmb|tb)\b/g, "tambien"],
  [/\bq\b/g, "que"],
  [/\b(xq|pq|porq)\b/g, "porque"],
  [/\b(hes)\b/g, "he is"],
  [/\b(shes)\b/g, "she is"],
  [/\bmeds\b/g, "medication"],
  [/\b(che?st|cheast|chesst)\b/g, "chest"],
  [/\b(sezure|seizer|siezure)s?\b/g, "seizure"],
  [/\b(diabetis|diabeties)\b/g, "diabetes"],
  [/\b(stomache|tummy|belly)\b/g, "stomach"],
  [/\b(perscription|prescripion)\b/g, "prescription"],
  [/\bpanza\b/g, "estomago"],
  [/\b(bebe|bb)\b/g, "bebe"],
  [/\b(wks?)\b/g, "weeks"],
  [/\b(yrs?)\b/g, "years"],
  [/\b(mins?)\b/g, "minutes"],
  [/\b(hrs?)\b/g, "hours"],
];

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
const REPEATS = /([a-z])\1{2,}/g;
const SPACES = /\s+/g;

export function normaliseText(raw: string): string {
  let text = raw.toLowerCase().normalize("NFD").replace(DIACRITICS, "").replace(APOSTROPHES, "");
  text = text.replace(REPEATS, "$1$1").replace(/[¿¡]/g, " ");
  for (const [pattern, replacement] of SHORTHAND) text = text.replace(pattern, replacement);
  return text.replace(SPACES, " ").trim();
}
