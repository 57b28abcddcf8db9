import { anyOf } from "./build-pattern.ts";

/**
 * Words that point at one specific person whose health a nearby term
 * describes. A relation ("my dad", "a mi mama") is matched as a whole so the
 * health term is counted from the end of the relation noun.
 */
const RELATIONS = [
  "mom", "mother", "mum", "mama", "dad", "father", "papa", "husband", "wife", "hubby", "partner", "bf", "gf",
  "boyfriend", "girlfriend", "son", "sons", "daughter", "daughters", "kid", "kids", "child", "baby", "toddler",
  "grandma", "grandmother", "grandpa", "grandfather", "brother", "sister", "friend", "bff", "neighbor", "roommate",
  "nana", "granny", "gran", "grandson", "granddaughter", "grandkids?", "niece", "nephew", "aunt", "uncle", "cousin", "coworker", "buddy", "compa", "nieto", "nieta", "sobrin[oa]", "prima", "abuel[oa]", "abuelit[oa]", "herman[oa]", "amig[oa]", "vecin[oa]", "espos[oa]", "novi[oa]", "hij[oa]s?", "bebe",
  "nin[oa]", "papi", "mami", "suegr[oa]", "tia", "tio", "primo", "prima", "\\d+ ?(yo|year old|month old|years old)",
  "\\d+ year old (mother|father|mom|dad|son|daughter)",
];

export const RELATION_SUBJECT = anyOf([`(my|our|mi|mis|nuestr[oa]|his|her|su) (${RELATIONS.join("|")})s?`]);

/** First-person words that make the writer the subject of a nearby health term. */
export const OWN_SUBJECT = anyOf([
  "i", "im", "ive", "id", "me", "my", "mine", "myself", "mi", "mis", "yo", "tengo", "tuve", "estoy", "estuve",
  "llevo", "sigo", "ando", "padezco", "sufro", "siento", "puedo", "debo", "necesito", "tomo", "conmigo", "mio", "mia",
  // English drops the pronoun at the start of a chat sentence: "had a flutter", "been getting migraines".
  "(?<=^|[.!?] )(had|got|been|have|having|getting)",
]);

/** Bare first-person pronouns; a clinician writing "I'm seeing more..." uses these without disclosing anything. */
export const BARE_FIRST_PERSON = /^(i|im|ive|id|yo|we)$/;

/** Third-person words that, near a health term, describe someone specific ("she's been spotting"). */
export const THIRD_SUBJECT = anyOf(["he", "she", "hes", "shes", "he is", "she is", "his", "her", "him", "le", "tiene", "tuvo", "toma", "ella"]);

/** Reported speech between a person and a health term makes it a claim, not a disclosure ("my aunt says..."). */
export const REPORTED_SPEECH = anyOf([
  "says?", "said", "swears?", "thinks?", "told me", "believes?", "claims?", "read", "dice", "dicen", "jura", "cree", "leyo",
]);

/** Negation cues checked in the three words before a term, within its clause. */
export const NEGATION_CUE = anyOf([
  "no", "not", "never", "without", "sin", "ni", "nunca", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "havent",
  "hasnt", "denies", "nor", "zero",
]);

/** Phrases where "my" refers to patients in general (a clinician's caseload), removed before pairing. */
export const CASELOAD = /\b(my|our|mis|nuestros) (patients|pacientes)\b/g;
