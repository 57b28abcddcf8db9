import { anyOf } from "./build-pattern.ts";
import { near } from "./near.ts";

/**
 * The acute-state net (detect-acute-state.ts): wording that says a body is in
 * a severe, sudden or uncontrolled state, whatever the symptom is called.
 * It is built from kinds of words, not from sentences: inability (can't
 * breathe / stand / wake), collapse, colour change, uncontrolled ("won't
 * stop"), severity ("worst ever", "insoportable") and onset or worsening
 * ("suddenly", "cada vez peor") next to a symptom or body site. Spanish
 * stems carry `\w*` so diminutives and conjugations match (`pechito`,
 * `respirando`, `desmayandose`).
 */

/** Symptoms and body sites, broad and stem-based, English and Spanish. */
const SYMPTOM_OR_SITE = [
  "pain\\w*", "hurt\\w*", "ach\\w*", "sore", "cramp\\w*", "bleed\\w*", "blood\\w*", "vomit\\w*", "throw\\w* up", "threw up", "puk\\w*",
  "fever\\w*", "temp", "breath\\w*", "cough\\w*", "wheez\\w*", "dizz\\w*", "headache\\w*", "migraine\\w*", "swell\\w*", "swollen",
  "rash\\w*", "hives", "shak\\w*", "trembl\\w*", "numb\\w*", "tingl\\w*", "weak\\w*", "diarr\\w*", "nause\\w*", "sick",
  "chest", "heart", "head", "stomach", "belly", "tummy", "abdom\\w*", "gut", "side", "back", "neck", "throat", "tongue", "lips?",
  "face", "eyes?", "vision", "arm", "arms", "legs?", "hands?", "feet", "foot", "skin", "lungs?", "testic\\w*", "balls", "groin",
  "dolor\\w*", "duel\\w*", "dol(io|ia|ian)", "sangr\\w*", "vomit\\w*", "fiebre", "calentur\\w*", "respir\\w*", "aire", "tos\\w*",
  "mare\\w*", "cabez\\w*", "cabec\\w*", "hinch\\w*", "ronchas", "tembl\\w*", "tiembl\\w*", "entumid\\w*", "hormigue\\w*", "debil\\w*",
  "diarrea", "nause\\w*", "pech\\w*", "corazon\\w*", "estomag\\w*", "panz\\w*", "pancit\\w*", "barrig\\w*", "abdom\\w*", "costado",
  "espalda", "cuello", "garganta", "lengua", "labi\\w*", "cara\\w*", "ojo\\w*", "vista", "brazo\\w*", "pierna\\w*", "mano\\w*", "pie\\w*",
  "piel", "pulmon\\w*", "testic\\w*", "huevos", "ingle",
];

/** Sites where severe or sudden pain is a possible emergency on its own (heart, brain, belly, breathing, eyes). */
const VITAL_SITE = [
  "chest", "heart", "head", "headache\\w*", "stomach", "belly", "tummy", "abdom\\w*", "breath\\w*", "vision", "eyes?", "testic\\w*",
  "balls", "neck", "pech\\w*", "corazon\\w*", "cabez\\w*", "cabec\\w*", "estomag\\w*", "panz\\w*", "pancit\\w*", "barrig\\w*",
  "respir\\w*", "aire", "vista", "ojo\\w*", "testic\\w*", "huevos", "cuello", "vomit\\w*", "sangr\\w*", "bleed\\w*", "blood",
];

/** Severity strong enough to be a possible emergency with any symptom. */
const STRONG_SEVERITY = [
  "worst", "excruciating", "unbearable", "insane", "blinding", "brutal", "unreal", "tremend[oa]", "bestial", "horrorosa?", "agoni\\w*", "screaming", "scream\\w* in pain", "crying in pain", "cant take (it|the pain)",
  "(10|11|12|20|100) ?(/|out of) ?10", "never (felt|had) (anything|pain|something) like", "like nothing (ive|i have) ever", "doubled over",
  "insoportable\\w*", "inaguantable", "el peor", "la peor", "peor (dolor|de mi vida)", "grita\\w*", "gritando", "llora\\w* de dolor",
  "retorci\\w*", "no (aguanto|aguanta|soporto|soporta) (el|este|ese|tanto|del) dolor", "nunca (habia|he) sentido",
];

/** Severity that needs a vital site or an onset word to count. */
const MODERATE_SEVERITY = [
  "severe", "terrible", "horrible", "intense", "awful", "extreme\\w*", "really bad", "so bad", "super bad", "very bad", "bad bad",
  "sharp", "stabbing", "crushing", "pounding", "tearing", "ripping", "killing me", "muy fuerte", "bien fuerte", "super fuerte",
  "fuertisim\\w*", "muchisim\\w*", "intens\\w*", "terrible\\w*", "horribl\\w*", "espantos\\w*", "punzante", "como (un )?(cuchillo|punal)",
  "demasiado", "un chingo", "bien feo", "muy feo", "crazy", "scary", "a lot of", "mucho",
];

/** Sudden onset or fast worsening. */
const ONSET = [
  "suddenly", "sudden", "all of a sudden", "out of nowhere", "out of the blue", "came on fast", "getting worse (fast|quickly|by the)",
  "worse and worse", "keeps getting worse", "(spreading|growing) (fast|quickly)", "within (minutes|an hour)", "just started",
  "woke (me )?up with", "me desperto", "le desperto", "amaneci\\w* con", "se desperto con",
  "de repente", "de golpe", "de la nada", "repentin\\w*", "cada vez (peor|mas fuerte|mas)", "empeora\\w* (muy )?rapido", "se esta poniendo peor",
  "(se )?(esta|va) empeorando", "acaba de empezar", "en minutos",
];

/** Uncontrolled: a symptom that will not stop. */
const UNCONTROLLED = ["wont stop", "will not stop", "doesnt stop", "not stopping", "cant stop", "nonstop", "non stop", "keeps (on )?(going|coming)",
  "no (para|paraba|se detiene|se para|se quita|se le quita|se me quita)", "no deja de", "sin parar"];
const UNCONTROLLED_SYMPTOM = ["bleed\\w*", "blood", "vomit\\w*", "throw\\w* up", "puk\\w*", "shak\\w*", "jerk\\w*", "twitch\\w*", "trembl\\w*", "seiz\\w*",
  "sangr\\w*", "tembl\\w*", "convuls\\w*", "pain", "dolor", "cough\\w*", "tos\\w*"];

/** Inability of a vital function, read without a separate symptom word. */
const INABILITY = [
  "(cant|cannot|can not|couldnt|unable to|barely|hardly|struggling to|trouble|could not) (\\w+ ){0,2}(breath\\w*|catch (\\w+ )?breath|get (\\w+ )?air)",
  "(cant|cannot|can not|couldnt|unable to|could not) (wake|rouse|keep (him|her|them|my|his) (awake|eyes open)|stay awake|get (him|her|them) (up|to wake))",
  "(cant|cannot|couldnt|unable to) (stand|stand up|walk|talk|speak|swallow|see|feel (my|his|her) (\\w+ )?(legs?|arms?|face|side)|move (my|his|her) (\\w+ )?(legs?|arms?|side|face))",
  "(wont|doesnt|isnt|not|stopped|barely) (wake|waking|wakes|respond\\w*|answer\\w*|breathing|react\\w*|making sense|moving)",
  "(no|ya no|casi no) (puede|puedo|podia|pudo|pueden) (respirar|despertar\\w*|pararse|levantarse|caminar|hablar|tragar|ver|moverse|mover)",
  "(no|casi no|ya no) (despierta|responde|reacciona|contesta|respira|se mueve|habla bien|me reconoce)",
  "(le|me) (falta|faltaba) (el )?aire", "se (esta )?ahog\\w*", "ahogando\\w*", "choking",
  "(cant|cannot|couldnt|barely|hardly|can barely|can hardly) (get|say|finish|speak|talk in) (\\w+ )?(words|sentences?|a sentence|full sentences)( out)?",
  "no (puede|puedo|podia) (terminar|decir|completar) (una |las )?(frases?|palabras?|oracion\\w*)", "(habla|hablar) entrecortad\\w*",
];

/** Rescue medicine that is not working: the emergency plan has already failed. */
const RESCUE_MEDICINE = ["inhaler\\w*", "rescue", "albuterol", "nebuli[sz]er\\w*", "neb", "puffer", "epi.?pen\\w*", "nitro\\w*", "glucagon", "narcan",
  "naloxone", "inhalador\\w*", "nebuliza\\w*", "bomba"];
const NOT_WORKING = ["not (working|helping|doing anything)", "isnt (working|helping|doing anything)", "doing nothing", "didnt (help|work|do anything)",
  "(does|did) nothing", "no (le |me )?(hace|hizo|ayuda|ayudo|funciona|funciono|sirve|sirvio)( nada)?", "ni (le |me )?(hace|ayuda)", "sin efecto",
  "\\d+ times in (the last|an|one) hour", "(every|each) (\\d+ )?(minutes|min)", "cada (\\d+ )?minutos"];

/** Signs of dehydration in a child: no wet diapers, no tears, sunken eyes. */
const DEHYDRATION = [
  "no wet diapers?", "(hasnt|has not|didnt|did not|havent|not) (\\w+ ){0,2}(peed|pee|urinated|wet (a |his |her )?diaper)", "dry diapers?",
  "(cries|crying|cry) (with no|without|and no) tears", "no tears", "sunken (eyes|soft spot|fontanel\\w*)", "soft spot (is )?sunken",
  "no (moja|ha mojado|mojo) (el |los )?pa(n|ñ)al\\w*", "(llora|llorando) sin lagrimas", "sin lagrimas", "(mollera|ojos) hundid\\w*", "no ha (hecho pipi|orinado)",
  "cant keep (anything|fluids|liquids|water|milk) down", "no retiene (nada|liquidos|agua|leche)",
];

/** A hazard in the air at home with symptoms: carbon monoxide, gas. */
export const AIR_HAZARD = anyOf([
  "carbon monoxide", "\\bco (detector|alarm)", "gas (leak|smell)", "smell\\w* (of |like )?gas", "space heaters?", "generator", "heater ran",
  "kerosene", "monoxido", "fuga de gas", "huele a gas", "olor a gas", "calentador", "brasero", "anafre", "boiler",
]);
export const HAZARD_SYMPTOM = anyOf([
  "headaches?", "dizz\\w*", "threw up", "throw\\w* up", "vomit\\w*", "nause\\w*", "sleepy", "drowsy", "confused", "faint\\w*",
  "dolor(es)? de cabeza", "mare\\w*", "vomit\\w*", "nause\\w*", "somnolient\\w*", "desmay\\w*",
]);

/** Collapse: a possible emergency with no symptom word needed. */
const COLLAPSE = [
  "pass(ed|es|ing)? out", "black(ed|ing)? out", "faint(ed|ing)", "about to faint", "collaps\\w*", "went (limp|floppy|stiff)", "keeled over",
  "eyes rolled", "se desmay\\w*", "desmayand\\w*", "perdio (el conocimiento|la conciencia|el sentido)", "se (va|fue|iba) a desmayar",
  "se quedo (ties[oa]|inmovil|sin aire)",
];

/** Confusion: counts only next to a symptom or body site ("so confused about my bill" is not one). */
const CONFUSION = [
  "(very|really|so|super) (confused|disoriented|out of it)", "doesnt know where (she|he|i) (is|am)", "(muy|bien|super) (confundid\\w*|desorientad\\w*)",
  "no sabe (donde esta|quien soy)", "no (me )?reconoce",
];

/** Colour change of skin or lips. */
const COLOUR = [
  "(turn\\w*|going|gone|went|look\\w*|is|are|got|getting) (so |really |kind of |kinda )?(blue|grey|gray|purple|ashen|pale|white as)",
  "(se puso|se esta poniendo|se pone|esta|estan|se ve|se ven|se le pusieron|se le puso) (muy |bien |todo |toda )?(azul\\w*|morad\\w*|palid\\w*|gris\\w*|amarill\\w*)",
];

/** Asking about 911, an ambulance or going to emergency now. */
const HELP_NOW = [
  "(can|should|could) (i|we|he|she|it|this|that) (just )?wait (till|until|til|for|to)", "(is this|could this be|es) (an |una )?emergenc\\w*",
  "(puedo|podemos|debo|debemos) esperar (hasta|a)", "espero (hasta|a) (manana|el lunes)",
  "911", "ambulanc\\w*", "(go|goes|going|head\\w*|(take|taking|rush\\w*|drive|driving|bring|bringing)( \\w+){1,2}) (to )?(the )?(er|emergency( room)?|hospital)",
  "(ir|llevar\\w*|lleve\\w*|llevo|vamos|voy|vaya|vayamos|corro|correr) (a |al )(la )?(urgencias|emergencias?|sala de emergencias|hospital)",
];

/**
 * `needsPerson`: severity and onset words are also used about bills and
 * traffic, so they count only when someone specific is named; inability,
 * collapse, colour change and uncontrolled symptoms count on their own.
 */
export type AcuteCue = { readonly reason: string; readonly pattern: RegExp; readonly needsPerson: boolean };
const cue = (reason: string, fragments: string[], needsPerson: boolean): AcuteCue => ({ reason, pattern: anyOf(fragments), needsPerson });

export const ACUTE_CUES: readonly AcuteCue[] = [
  cue("describes not being able to breathe, wake, stand or respond", INABILITY, false),
  cue("describes collapse or fainting", COLLAPSE, false),
  cue("describes rescue medicine that is not working", [near(RESCUE_MEDICINE, NOT_WORKING, 8)], false),
  cue("describes signs of dehydration", DEHYDRATION, false),
  cue("describes sudden confusion with a symptom", [near(CONFUSION, SYMPTOM_OR_SITE, 12)], true),
  cue("describes skin or lips changing colour", [near(COLOUR, SYMPTOM_OR_SITE, 4)], false),
  cue("describes a symptom that will not stop", [near(UNCONTROLLED, UNCONTROLLED_SYMPTOM, 4)], false),
  cue("describes extreme pain or the worst symptom ever", [near(STRONG_SEVERITY, SYMPTOM_OR_SITE, 5)], true),
  cue("describes severe pain at a vital site", [near(MODERATE_SEVERITY, VITAL_SITE, 4)], true),
  cue("describes a symptom that started suddenly or is getting worse fast", [near(ONSET, VITAL_SITE, 8), near(ONSET, [near(MODERATE_SEVERITY, SYMPTOM_OR_SITE, 4)], 8)], true),
];

/** Asking about 911 or the ER while describing a symptom. */
export const HELP_NOW_CUE = anyOf(HELP_NOW);
export const ANY_SYMPTOM_OR_SITE = anyOf(SYMPTOM_OR_SITE);

/** Someone specific is affected: the writer, a relation, someone present. */
export const PERSON_PRESENT = anyOf([
  "i", "im", "ive", "id", "me", "my", "myself", "mine", "we", "were", "us", "our", "he", "hes", "she", "shes", "him", "her", "his", "they", "them",
  "baby", "toddler", "mom", "dad", "husband", "wife", "son", "daughter", "kid", "grandma", "grandpa",
  "mi", "mis", "yo", "le", "les", "ella", "conmigo", "nuestr[oa]", "bebe", "tengo", "tiene", "estoy", "ando", "siento", "hij[oa]", "mama", "papa",
  "espos[oa]", "abuel\\w*", "nin[oa]", "senora", "senor",
]);

/**
 * Any severity or onset word, anywhere: a message already read as one
 * person's case that also carries one of these is treated as possibly acute
 * (safety default), when the word is not past or long-standing.
 */
export const ANY_SEVERITY = anyOf([
  // Moderate words ("muy fuerte", "really bad") are left out: acne or a rash is "muy fuerte" too.
  ...STRONG_SEVERITY, ...ONSET,
  "scared", "terrified", "freaking out", "panicking", "asustad\\w*", "espantad\\w*", "muy preocupad\\w*", "urgent\\w*", "urge",
]);
