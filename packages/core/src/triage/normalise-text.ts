/**
 * Turns raw text into the one form every lexicon is written against:
 * lowercase, no diacritics, no apostrophes ("can't" -> "cant"), letters
 * repeated 3+ times cut to two ("sooo" -> "soo", "bleeeding" -> "bleeding"),
 * and common chat spellings expanded. Punctuation that carries meaning
 * (? ! . ,) is kept because questions and clause limits are read from it.
 */

// Whole-word replacements for chat shorthand and frequent misspellings,
// applied in one pass through a lookup table.
const SHORTHAND: Readonly<Record<string, string>> = {
  u: "you", ur: "your", r: "are", yall: "you all", pls: "please", plz: "please", pleez: "please",
  bc: "because", cuz: "because", rn: "right now", appt: "appointment", appts: "appointment",
  tmb: "tambien", tb: "tambien", q: "que", xq: "porque", pq: "porque", porq: "porque",
  hes: "he is", shes: "she is", meds: "medication", chst: "chest", cheast: "chest", chesst: "chest",
  sezure: "seizure", seizer: "seizure", siezure: "seizure", sezures: "seizure", diabetis: "diabetes",
  diabeties: "diabetes", stomache: "stomach", tummy: "stomach", belly: "stomach", perscription: "prescription",
  prescripion: "prescription", panza: "estomago", bb: "bebe", wk: "weeks", wks: "weeks", yr: "years",
  yrs: "years", min: "minutes", mins: "minutes", hr: "hours", hrs: "hours",
};
const SHORTHAND_WORDS = new RegExp(`\\b(?:${Object.keys(SHORTHAND).join("|")})\\b`, "g");

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
const REPEATS = /([a-z])\1{2,}/g;
const SPACES = /\s+/g;

export function normaliseText(raw: string): string {
  let text = raw.toLowerCase().normalize("NFD").replace(DIACRITICS, "").replace(APOSTROPHES, "");
  text = text.replace(REPEATS, "$1$1").replace(/[¿¡]/g, " ");
  text = text.replace(SHORTHAND_WORDS, (word) => SHORTHAND[word] ?? word);
  return text.replace(SPACES, " ").trim();
}
