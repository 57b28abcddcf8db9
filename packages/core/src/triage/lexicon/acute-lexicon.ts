import { reasoned } from "./build-pattern.ts";
import type { EmergencyPattern } from "./emergency-lexicon.ts";
import { near, nearInOrder } from "./near.ts";

/**
 * The emergency safety net: families of body sites, substances and acute
 * states, English and Spanish, paired by proximity (near.ts) rather than
 * listed as phrases. Each family mirrors the same concept in both languages.
 */
const body = (reason: string, fragments: string[]): EmergencyPattern => ({ ...reasoned(reason, fragments), selfHarm: false });
const mind = (reason: string, fragments: string[]): EmergencyPattern => ({ ...reasoned(reason, fragments), selfHarm: true });

const AIRWAY = ["throat", "tongue", "lips?", "garganta", "lengua", "labios?"];
const SWELLING = ["clos\\w*", "thick", "cierr\\w*", "swell\\w*", "swollen", "puff\\w*", "huge", "tight\\w*", "cerr\\w*", "hinch\\w*", "inflam\\w*"];
const ALLERGEN = ["sting", "stung", "bee", "wasp", "bit\\w*", "peanuts?", "shellfish", "shrimp", "nuts?", "ate", "eating", "picadura", "pico", "abeja", "avispa", "cacahuates?", "mariscos", "camaron\\w*", "comio", "comer", "alerg\\w*", "allerg\\w*"];
const FACE_VOICE = ["face", "eyes?", "voice", "cara", "ojos", "voz"];
const BREATH = ["breath\\w*", "respir\\w*", "el aire", "aire"];
const BREATH_TROUBLE = ["cant", "cannot", "couldnt", "trouble", "hard", "struggl\\w*", "fast", "rapid", "fighting", "gasp\\w*", "no (puede|puedo|podia)", "falta", "cuesta", "dificil", "rapido", "agitad\\w*", "no \\w+ bien"];
const RETRACTING = ["ribs?", "chest", "stomach", "neck", "costillas", "estomago", "pecho", "cuello"];
const PULLING = ["pulling in", "sucking in", "caving", "se (le )?hunde\\w*", "hundiendo", "se le marcan"];
const COLOUR_SITE = ["lips?", "face", "skin", "fingers?", "labios?", "cara", "piel", "esta", "se puso", "turn\\w*", "going", "look\\w*"];
const BLUE = ["blue", "purple", "gr[ae]y", "azul\\w*", "morad\\w*", "gris\\w*"];
const BLOOD = ["bleed\\w*", "blood", "sangr\\w*"];
const WONT_STOP = ["wont stop", "doesnt stop", "cant stop", "not stopping", "wont quit", "through (the |a )?(towel|bandage|pad|gauze|shirt)", "soak\\w*", "gush\\w*", "pouring", "everywhere", "pretty deep", "so deep", "no (para|paraba|se detiene|se quita|deja)", "sigue\\w*", "a chorros", "empap\\w*", "mucha", "muchisim\\w*", "por todos lados"];
const ONE_SIDE = ["one side", "(left|right) side", "half (of )?(his|her|my) (face|body)", "un lado", "lado (izquierdo|derecho)", "la mitad", "(left|right)", "(izquierd|derech)[oa]"];
const NEURO_SITE = ["face", "arm", "leg", "hand", "mouth", "smile", "cara", "brazo", "pierna", "mano", "boca", "sonrisa"];
const NEURO_STATE = ["droop\\w*", "numb", "dead", "weak", "limp", "heavy", "dormid\\w*", "durmio", "debil", "chuec\\w*", "torcid\\w*", "caid\\w*", "no (puede|puedo) (mover|sonreir|levantar)", "cant (move|smile|lift)"];
const SWALLOWED = ["took", "found", "bit", "chewed", "mordio", "encontro", "taken", "ate", "eaten", "drank", "drunk", "swallow\\w*", "got into", "chugged", "tomo", "tome", "se tomo", "comio", "se comio", "bebio", "se bebio", "trago", "se trago", "ingirio", "tomado"];
const SUBSTANCE = ["poison\\w*", "veneno\\w*", "bleach", "cloro", "fluid", "liquid", "liquido", "chemical\\w*", "quimic\\w*", "detergent\\w*", "laundry pods?", "antifreeze", "pods?", "batter(y|ies)", "pilas?", "magnets?", "imanes", "iman", "rat\\w*", "ratas", "\\d+ (of )?(his |her |my |the |su |sus |mis )?(\\w+ )?(pills|tablets|capsules|gumm\\w*|pastillas|tabletas|capsulas)", "\\d+ (tylenol|advil|aspirin\\w*|ibuprofen\\w*|xanax|benadryl|\\w+pam)", "all (of )?(his|her|my|the|them)", "whole (bottle|pack\\w*|box)", "bunch", "handful", "monton", "punado", "frasco", "todas (sus|mis|las)", "\\d+ pastillas"];
const SEIZE = ["shak\\w*", "jerk\\w*", "twitch\\w*", "temblando", "tiembla\\w*", "convuls\\w*", "sacud\\w*"];
const FALL = ["fell", "fall(en)?", "se cayo", "cayo", "se cay\\w+"];
const CANT_GET_UP = ["cant get up", "cannot get up", "cant stand", "no (se )?puede (levantar|parar)", "looks (wrong|broken|bent)", "bone (sticking|poking)", "hueso (de fuera|salido)", "se ve (rota|chueca)"];
const ALONE_DISTRESS = ["sweat\\w*", "sudando", "sudor", "lightheaded", "dizzy", "faint\\w*", "mare\\w*", "desmay\\w*", "short of breath", "numb"];
const HEART_RACING = [near(["heart", "corazon"], ["pound\\w*", "racing", "skip\\w*", "flutter\\w*", "beating (so |really )?fast", "going crazy", "acelerad\\w*", "late (muy )?(rapido|fuerte)", "palpit\\w*", "brinc\\w*"], 2)];

export const ACUTE_PATTERNS: readonly EmergencyPattern[] = [
  body("describes a severe allergic reaction", [near(AIRWAY, SWELLING, 4), nearInOrder(ALLERGEN, [near(FACE_VOICE, [...SWELLING, "weird", "raro", "rara"], 3)], 8)]),
  body("describes trouble breathing", [near(BREATH, BREATH_TROUBLE, 2), near(RETRACTING, PULLING, 3), near(COLOUR_SITE, BLUE, 2)]),
  body("describes severe bleeding", [near(BLOOD, WONT_STOP, 3), "(cut|cutting|slit|cort\\w*) (\\w+ )?(wrists?|munecas?|venas|arms|legs|thighs|brazos|piernas)", "cortadas nuevas", "new cuts", nearInOrder(["soak\\w*", "lleno", "llenando", "fill\\w*", "going through"], ["(pad|toalla|tampon)\\w* (\\w+ )?(every|each|cada|an|a) (\\w+ )?(hora|hour)"], 3)]),
  body("describes signs of a stroke", [near(ONE_SIDE, [near(NEURO_SITE, NEURO_STATE, 3)], 3), "keeps dropping", "se le cae (la comida|el vaso|todo)", "(what|que) (year|ano|dia) (it is|es)", "dice cosas sin sentido", "(doesnt|dont|no) (me |te |la |lo |le |nos )?(recogni[sz]e|reconoce)\\w*", "incoheren\\w*", "(is|esta|on the|en el) (on the |en el )?(floor|suelo|piso) (and|y)", "(he|she|el|ella) (does not|doesnt|wont|is not|isnt|no) (answer|respond|talk|contesta|responde|habla)\\w*", nearInOrder(["warfarin\\w*", "blood thinners?", "anticoagul\\w*", "eliquis", "xarelto", "plavix"], ["fell", "se cayo", "hit (his|her|my) head", "se pego en la cabeza", "golpe"], 10), nearInOrder(["hit (his|her|my) head", "se pego en la cabeza", "golpe en la cabeza"], ["throw\\w* up", "vomit\\w*", "acting (weird|strange)", "confus\\w*", "raro"], 8)]),
  body("describes a seizure or an unresponsive person", [nearInOrder(SEIZE, ["wont stop", "cant stop", "no para", "sin parar"], 2), "foam\\w* at (the )?mouth", "espuma (en|por) la boca", "(se quedo|quedo) tieso", "ojos (en blanco|volteados)", "eyes (rolled|rolling)", "(le|me) (dio|esta dando) un ataque", "(wont|cant|not|no) (wake|waking|open (his|her) eyes|abre los ojos|se mueve|move|moving)", "(so|is|went|very) (limp|floppy)", "aguadit[oa]"]),
  body("describes an overdose or poisoning", [nearInOrder(SWALLOWED, SUBSTANCE, 5), "(took|tomo|dio|le di|i gave) (\\w+ ){0,6}(twice|double|dos veces|doble)( \\w+){0,3} (today|hoy|by mistake|por error|accident\\w*)"]),
  body("describes a serious fall", [nearInOrder(FALL, CANT_GET_UP, 8)]),
  body("describes chest pain or pressure", [nearInOrder(HEART_RACING, ALONE_DISTRESS, 10), nearInOrder(ALONE_DISTRESS, HEART_RACING, 10), near(["pecho", "chest"], ["brazo", "arm", "jaw", "mandibula", "quijada", "sweat\\w*", "sudando"], 8)]),
  mind("mentions suicidal thoughts or self-harm", [
    "unaliv\\w*", "never wake up", "no (aguanto|soporto) (mas )?(esta vida|vivir)", "(pills|pastillas) (\\w+ )?(saved up|stockpiled|juntadas|guardadas|ahorradas)", "(want|wanna|going|gonna) (to )?(disappear|vanish|sleep forever)", "(quiero|pienso en|quisiera) desaparecer",
    "(dont|do not) want to be (here|alive|around)", "everyone (would|will) be (fine|better)", "(estarian|estan) mejor sin mi",
    "no (le )?(encuentro|veo|tiene) sentido (a nada|a la vida|vivir|seguir)", "(ya )?no quiere (vivir|seguir|despertar)",
    "no vale la pena (vivir|seguir)", "(me|se) (voy|va) a (matar|tirar|aventar)", "(jump|jumping) (off|in front)",
    "no reason to (live|go on|keep going)", "say(ing)? goodbye (to everyone|forever)", "despedirme de todos",
    "(wants?|wanted|quiere) (everything|todo) to (stop|end)", "i wanted everything to stop", "(dont|do not) want to live",
  ]),
];
