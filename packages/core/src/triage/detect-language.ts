import type { Language } from "./category.ts";

/**
 * English or Spanish, by counting function words that belong to one language
 * only. Runs on normalised text (no accents), so raw-text cues that survive
 * only before normalisation (ñ, ¿, ¡, accented vowels) are counted separately.
 * Ties go to English; code-switched messages go to whichever has more words.
 */
const ES_WORDS =
  /\b(que|de|la|el|los|las|del|y|en|un|una|por|para|con|mi|mis|es|esta|estoy|tengo|tiene|pero|se|le|lo|muy|ya|hace|desde|como|cuando|donde|porque|tambien|hola|gracias|usted|ustedes|nos|su|sus|hoy|ayer|manana|ahora|bien|mal|algo|nada|todo|hijo|hija|esposo|esposa|bebe|dolor|cita|puedo|pueden|tienen|hay|fue|soy|eres|desde|sin|mas|otra|otro|porfa|jaja|oigan|ayuda|llevo)\b/g;
const EN_WORDS =
  /\b(the|and|is|are|was|my|i|im|ive|it|to|of|you|your|for|what|with|do|does|have|has|can|cant|this|that|just|how|when|where|why|be|been|on|at|in|from|but|not|dont|get|got|he|she|his|her|we|our|they|anyone|please|thanks|thank|lol|if|or|would|should|will|an)\b/g;
const ES_CHARS = /[ñ¿¡áéíóú]/g;

function count(pattern: RegExp, text: string): number {
  const found = text.match(pattern);
  return found ? found.length : 0;
}

export function detectLanguage(raw: string, normalised: string): Language {
  const es = count(ES_WORDS, normalised) + 2 * count(ES_CHARS, raw.toLowerCase());
  const en = count(EN_WORDS, normalised);
  return es > en ? "es" : "en";
}
