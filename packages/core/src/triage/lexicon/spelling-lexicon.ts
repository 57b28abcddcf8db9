/**
 * Spelling tables for normalise-text.ts: chat shorthand, frequent misspellings,
 * slang for overdose and self-harm, emoji that stand for a symptom, and the
 * single-letter forms that elongated words ("cheeeest", "heeelp") fall back to.
 * Keys are whole words of lowercased, accent-free text.
 */
export const SHORTHAND: Readonly<Record<string, string>> = {
  u: "you", ur: "your", r: "are", yall: "you all", pls: "please", plz: "please", pleez: "please",
  bc: "because", cuz: "because", rn: "right now", appt: "appointment", appts: "appointment",
  tmb: "tambien", tb: "tambien", q: "que", xq: "porque", pq: "porque", porq: "porque",
  hes: "he is", shes: "she is", meds: "medication", chst: "chest", cheast: "chest", chesst: "chest",
  sezure: "seizure", seizer: "seizure", siezure: "seizure", sezures: "seizure", diabetis: "diabetes",
  diabeties: "diabetes", stomache: "stomach", tummy: "stomach", belly: "stomach", perscription: "prescription",
  prescripion: "prescription", panza: "estomago", pancita: "estomago", bb: "bebe", wk: "weeks", wks: "weeks", yr: "years",
  yrs: "years", min: "minutes", mins: "minutes", hr: "hours", hrs: "hours",
  // misspellings of emergency words
  brethe: "breathe", breth: "breath", brathe: "breathe", breahte: "breathe", breathin: "breathing", brething: "breathing",
  bleedin: "bleeding", bleding: "bleeding", blleding: "bleeding", dyin: "dying", hart: "heart", ambulence: "ambulance",
  unconsious: "unconscious", unconcious: "unconscious", suicidle: "suicidal", sucidal: "suicidal", siezing: "seizing",
  anaphalactic: "anaphylactic", anafalactic: "anaphylactic", alergic: "allergic", faintd: "fainted", pils: "pills",
  hepl: "help", hlep: "help", rite: "right", nite: "night", tonite: "tonight", mayb: "maybe", idk: "i dont know",
  // slang
  kms: "kill myself", kmsl: "kill myself", sewerslide: "suicide", unalive: "unalive", ded: "dead",
  ocupo: "necesito", ahorita: "ahorita", orita: "ahorita", horita: "ahorita", aorita: "ahorita",
  calentura: "calentura", calenturas: "calentura", porfa: "por favor", xfa: "por favor", nececito: "necesito",
};

/** Overdose slang with an apostrophe, read before apostrophes are dropped ("od'd" would become "odd"). */
export const OVERDOSE_SLANG = /\b(od'?d|od'?ed|od'?ing|o\.d\.'?d)\b/gi;

/** Emoji that stand for a symptom or an emergency; replaced by a word the lexicons know. */
export const EMOJI_WORDS: Readonly<Record<string, string>> = {
  "🤒": " fever ", "🤮": " vomiting ", "🤢": " nausea ", "💊": " pills ", "🩸": " blood ", "😵": " dizzy ",
  "🚑": " ambulance ", "🆘": " help ", "🤕": " hurt ", "🫁": " breathing ", "🥶": " cold ", "💉": " shot ", "😍": " love ", "❤️": " love ", "👏": " love ",
};

/** Single-letter forms that an elongated word may stand for: "cheeeest" -> chest, not "cheest". */
export const SINGLE_LETTER_WORDS: ReadonlySet<string> = new Set([
  "chest", "help", "pain", "please", "hurts", "hurt", "dying", "die", "sick", "baby", "fever", "blood", "bleeding",
  "breathe", "breath", "breathing", "pills", "scared", "bad", "now", "so", "no", "omg", "god", "dizzy", "weird",
  "dolor", "ayuda", "pecho", "sangre", "bebe", "fiebre", "ya", "mal", "muy", "porfa", "auxilio", "socorro",
]);

/** Leetspeak inside a word ("k1ll", "d13"): digits that stand for letters, when the word is not a known code. */
export const LEET = /\b[a-z]*[a-z][0134@$]+[a-z][a-z0134@$]*\b/g;
export const LEET_LETTERS: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "@": "a", $: "s" };
export const LEET_KEEP: ReadonlySet<string> = new Set(["a1c", "h1n1", "b1", "covid19", "t1d", "t1"]);
