import { reasoned, type ReasonedPattern } from "./build-pattern.ts";

/**
 * Signs of a possible emergency, English and Spanish, on normalised text.
 * `selfHarm` groups are kept apart because chronic wording ("for weeks")
 * never makes them less urgent, while it does for bodily symptoms.
 */
export type EmergencyPattern = ReasonedPattern & { readonly selfHarm: boolean };

const body = (reason: string, fragments: string[]): EmergencyPattern => ({ ...reasoned(reason, fragments), selfHarm: false });
const mind = (reason: string, fragments: string[]): EmergencyPattern => ({ ...reasoned(reason, fragments), selfHarm: true });

export const EMERGENCY_PATTERNS: readonly EmergencyPattern[] = [
  body("describes chest pain or pressure", [
    "chest (pain|pressure|tightness|hurts?|is tight|feels (tight|heavy|like)|has been (tight|hurting)|squeez\\w*|crushing)",
    "(crushing|squeezing|stabbing) (chest|pain)",
    "(pain|pressure|squeezing) (in|on) (my|his|her|the) chest",
    "chest( \\w+){0,3} (pain|pressure|heavy|heaviness|tight\\w*|hurt\\w*|ach\\w*|squeez\\w*|crush\\w*|burning)", "(heavy|heaviness|tight|tightness|pressure|pain|squeezing|crushing|weight) (\\w+ ){0,4}(in|on) (my|his|her|the) chest", "heart (attack|hurts?)", "heart to hurt", "stabbing (pain )?(in|into) my (chest|back)", "cardiac arrest", "elephant (is )?sitting on",
    "dolor (muy fuerte |fuerte |horrible )?(en el|de|del) pecho", "(me|le) duele (el pecho|mucho el pecho)",
    "dolor (\\w+ ){0,4}(en el|del|de) pecho", "pecho (\\w+ ){0,3}(dolor|duele|apret\\w*|presion|pesad\\w*)", "pecho apretado", "aprieta el pecho", "infarto",
  ]),
  body("describes trouble breathing", [
    "(cant|cannot|can not|couldnt) (breathe|breath|catch (my|his|her) breath)", "struggling to breathe",
    "(trouble|difficulty|hard|hard time) (breathing|to breathe)", "short(ness)? of breath", "not breathing",
    "isnt breathing", "stopped breathing", "breathing (weird|slow|really slow|funny|fast)", "gasping", "wheezing",
    "(lips|face) (are |r |is |turning |going )?(blue|purple|gray|grey)", "turning (blue|gray|grey)", "asthma attack",
    "no (puedo|puede) respirar", "(me|le) falta el aire", "dificultad para (respirar|tragar)",
    "(me|le) cuesta (respirar|tragar)", "labios morados", "se le hunden las costillas",
  ]),
  body("describes signs of a stroke", [
    "face (is )?drooping", "droop\\w*", "not making sense", "(cant|cannot|couldnt) hold", "(right|left) (side|arm|hand|leg) (is |went |feels )?(weak|numb|limp|dead)", "no tiene sentido lo que dice", "slurred", "(talking|speech|words|speaking) (\\w+ ){0,2}(jumbled|slurred|garbled|weird|funny|nonsense)", "(un|el) lado de la cara", "lado de la cara", "arrastra las palabras", "speech is garbled", "garbled",
    "(cant|wont) (lift|move|feel|grip)", "crooked smile", "smile is crooked", "left side of (her|his|my) face",
    "(boca|cara) (torcida|chueca|caida)", "se le torcio la boca", "no puede (hablar|mover)", "habla raro",
    "se le durmio la mitad", "derrame",
  ]),
  body("describes a seizure or an unresponsive person", [
    "seizure", "seizing", "convuls\\w*", "unresponsive", "(wont|cant|not) (wake|waking)", "wont really answer",
    "not answering me", "passed out", "collapsed", "unconscious", "feel(s|ing)? faint", "fainted",
    "no responde", "wont respond", "not responding", "(really|very|super) (drowsy|sleepy|out of it)", "barely (awake|conscious|responding)", "sudando frio", "no despierta", "no reacciona", "se desmayo", "desmayad[oa]", "inconsciente",
  ]),
  body("describes an overdose or poisoning", [
    "overdos\\w*", "took (like |about |around |maybe |almost |over )?\\d+ (of )?(\\w+ ){0,2}(pills|tablets|capsules)", "(tomo|tome|tomado) (como |unas |mas de |casi )?\\d+ (pastillas|tabletas|capsulas)", "(took|swallowed|ate|drank|taken) (\\w+ ){0,3}(bunch|bottle|handful|whole|all) of", "(tomo|tome|tomar|tomado|comio|bebio|trago) (\\w+ ){0,2}(frasco|botella|caja|todas?|todos|punado|montón|monton)", "took (the whole|all|too many|way too much|too much|a bunch)", "took (his|her|my) \\w+ twice",
    "swallowed (a|some|the|a bunch)", "button battery", "bleach", "mushrooms from",
    "got into [a-z ]{0,30}(pills|medication|medicine)", "fell off (the|a) (changing table|bed|bunk bed|ladder|roof|horse)", "sobredosis", "(se tomo|se comio|tome|trago) (unas|demasiadas|muchas) pastillas",
    "pastillas de su (abuel[oa]|mama|papa)", "pila de boton", "se trago",
  ]),
  body("describes a severe allergic reaction", [
    "throat (is |feels )?(closing|tight|swelling)", "closing up", "tongue (is )?swelling", "lips (are )?swelling",
    "anaphyla\\w*", "whole body hives", "hives all over", "face swelling", "full blown allergic reaction",
    "se (me|le) esta cerrando la garganta", "se (me|le) hincho la lengua", "ronchas en todo el cuerpo",
  ]),
  body("describes severe bleeding", [
    "spurting", "(wont|doesnt) stop bleeding", "bleeding (a lot|heavily|wont stop|badly)", "soaked (\\w+ )?(pads|through)",
    "a lot of blood", "lot of blood", "(vomiting|throwing up|coughing up) blood", "coffee grounds", "(throwing up|vomiting|vomit)( \\w+){0,6} blood", "(cant|cannot) stop (throwing up|vomiting)", "no (puedo|puede) (dejar de vomitar|parar de vomitar)", "bleeding heavily",
    "no para de sangrar", "sangre a chorros", "sangrando (mucho|muchisimo|bastante)", "vomitando sangre",
  ]),
  body("describes severe pain or a dangerous reading", [
    "worst (headache|pain|stomach pain)", "thunderclap", "pain (is )?(a )?(10|9)/10", "(10|9)/10 pain", "rock hard", "cant (walk|stand)( up)? straight",
    "fruity", "ketones", "(sugar|glucose|meter) (is|says|at|of) ([4-9]\\d\\d|[1-4]\\d)\\b", "heart (is )?racing (at|like) 1\\d\\d",
    "racing at 1\\d\\d", "needle next to", "hit (her|his|my) head", "se pego en la cabeza", "marca ([1-4]\\d)\\b",
    "no puedo caminar", "bp (is |at home is |of )?[5-8]\\d/\\d+", "(1[6-9]\\d|2\\d\\d)/\\d{2,3}", "\\d{3}/(1[1-9]\\d)", "dolor de (estomago|panza) horrible", "cant keep (\\w+ ){0,2}down",
  ]),
  mind("mentions suicidal thoughts or self-harm", [
    "suicid\\w*", "kill (my|him|her)self", "killing myself", "end(ing)? (it|my life)", "want to die", "dont want to be here",
    "hurt(ing)? myself", "cut(ting)? myself", "cut myself", "self.?harm", "take all of (them|my)", "pills counted",
    "(dont|do not|no longer) want to (wake up|live|be alive|exist|go on)", "(have|made) a plan", "better off (dead|without me)", "end it all", "no (quiero|quisiera) (seguir viviendo|despertar|vivir|existir)", "tengo un plan", "mejor muert[oa]", "quitarme la vida", "me quiero morir", "no quiero vivir", "ya no aguanto", "matarme", "matarse", "(se )?quiere(n)? (matar|morir)\\w*", "wants? to (kill|hurt) (himself|herself|themselves)", "wants? to die", "hacerme dano",
    "haciendo dano", "pastillas en la mano", "tengo todo listo para hacerlo",
  ]),
];
