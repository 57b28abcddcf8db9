import { anyOf } from "./build-pattern.ts";

/**
 * The safety default (find-person-anchor.ts): a body site or health term
 * anywhere in a message that names a specific person makes it that person's
 * case unless the message is plainly general.
 */
export const BODY_SITE = anyOf([
  "knees?", "hips?", "neck", "shoulders?", "ankles?", "wrists?", "foot", "feet", "toes?", "fingers?", "elbows?", "jaw", "eyes?",
  "ears?", "nose", "throat", "face", "skin", "tooth", "teeth", "gums", "chest", "stomach", "head", "lungs?", "heart", "bladder",
  "rodillas?", "cadera", "cuello", "hombros?", "tobillos?", "munecas?", "pies?", "dedos?", "codos?", "quijada", "mandibula", "ojos?",
  "oidos?", "orejas?", "nariz", "garganta", "cara", "piel", "dientes?", "muelas?", "encias", "pecho", "estomago", "cabeza",
  "pulmones", "corazon", "vejiga",
]);

/** Someone specific: the writer ("my", "mi", "me") or a person they name; "we"/"you" in general do not count. */
export const NAMED_PERSON = anyOf([
  "my", "mine", "myself", "im \\d+", "i am \\d+", "mi", "mis", "me", "yo", "(his|her|su|sus) (\\w+ )?(son|daughter|wife|husband|mom|dad|hij[oa]|espos[oa]|mama|papa)",
  "(he|she|el|ella) (has|had|is|was|tiene|tuvo|esta|se)",
]);

/** Plainly general: hypothetical, about people at large, or someone else's claim. */
export const PLAINLY_GENERAL = anyOf([
  "in general", "generally", "general question", "people", "someone", "anyone", "everyone", "kids", "children", "adults", "la gente",
  "las personas", "alguien", "los ninos", "los adultos", "en general", "says?", "said", "swears?", "dice", "dicen", "jura", "read",
  "lei", "vi en", "saw (on|a)", "heard", "escuche", "told me", "they say", "(me )?dijeron", "dicen que", "myth", "mito", "true or false", "is it true", "es cierto", "es verdad", "asking for a friend",
]);
