import { anyOf } from "./build-pattern.ts";

/**
 * Signs that are an emergency only in combination: fever in a young infant,
 * fever with a floppy or unrousable child, warning signs in pregnancy, a
 * dangerous glucose reading, right-lower belly pain with fever.
 */
export const FEVER = anyOf([
  "fever\\w*", "feverish", "temp(erature)? (of )?\\d+", "100\\.[4-9]", "10[1-6](\\.\\d)?", "fiebre", "calentur\\w*", "calient\\w*", "calent\\w*",
  "temperatura", "3[89](\\.\\d)?", "40(\\.\\d)?", "hot to the touch", "burning up", "ardiendo",
]);
/** Infants under about three months, when any fever is an emergency. */
export const INFANT = anyOf([
  "newborn", "recien nacid[oa]", "de nacid[oa]", "\\d{1,2}.?days?.?old", "([1-9]|1[0-2]).?(weeks?|wk).?old", "(one|two|1|2).?months?.?old",
  "(solo |apenas )?(tiene|de) ([1-9]|1[0-2]|una|dos|tres|cuatro|cinco|seis) seman(a|as|ita|itas)", "bebe (de|tiene) (un|1|dos|2) mes(es)?",
  "(\\d+|dos|tres) (dias|semanas) de nacid[oa]", "(\\d|one|two) (week|weeks) (old|ago)? ?(baby|son|daughter)", "semanas de nacid[oa]",
]);
/** A child or adult who is floppy, unrousable or strikingly unwell with a fever. */
export const LETHARGY = anyOf([
  "limp", "floppy", "lethargic", "letargic[oa]", "wont (wake|hold)", "hard to wake", "barely (awake|moving)", "not (waking|responding)",
  "(muy|bien|super) (dormid[oa]|decaid[oa]|aguadit[oa])", "aguadit[oa]", "no (despierta|reacciona)", "stiff neck", "cuello (rigido|tieso)",
  "(breathing|respira) (really |muy )?(fast|rapido)", "(purple|red) (spots|rash|dots)", "spots (\\w+ )?purple", "(manchas|puntitos) morad\\w*", "(dont|not|doesnt|no) (go away|fade|se quitan|desaparecen) (when|al) (i )?(press|apretar)", "(really|very|so) sleepy", "muy dormilon",
]);
export const PREGNANT = anyOf([
  "pregnan\\w*", "embaraz\\w*", "\\d+ (weeks|semanas)( pregnant| de embarazo)?", "(\\d|siete|ocho|seis) meses de embarazo", "expecting",
]);
export const PREGNANCY_WARNING = anyOf([
  "bleed\\w*", "sangr\\w*", "(bad|severe|sharp|really bad|intense) (\\w+ )?(pain|cramp\\w*)", "belly pain", "dolor (muy )?(fuerte|intenso)",
  "(bad|severe|terrible|pounding) headache", "(dolor de cabeza|duele la cabeza) (muy )?fuerte", "duele (mucho )?la cabeza fuerte", "(le|me) duele (mucho )?la cabeza",
  "(face|hands) (\\w+ )?(swell\\w*|swollen|puffy)", "se (le|me) (hincharon|hincho) (mucho )?(la cara|las manos)", "blurr\\w* vision", "vision borrosa",
  "water broke", "(havent|hasnt|not|no he|no ha) (felt|sentido|sentid[oa]) (the |al |a )?(baby|bebe) (move|mover\\w*)", "se (le|me) rompio la fuente", "(baby|bebe) (is )?(not|hasnt|no) (mov\\w*|se mueve)", "no siento (al|que se mueva el) bebe",
]);
/** Glucose far out of range, or a meter that says LO/HI. */
export const GLUCOSE_DANGER = anyOf([
  "(sugar|glucose|meter|azucar|glucosa|reading|lectura|aparato|glucometro|monitor)( \\w+){0,2} (is|says|said|at|of|en|de|marca|marco|was|dice|reads) (lo|low|hi|[1-5]\\d|[4-9]\\d\\d)", "(sugar|azucar|glucosa|glucose) (\\w+ ){0,2}(por las nubes|through the roof|sky high)",
]);
/** Right-lower belly pain with fever: a possible appendicitis. */
export const RIGHT_LOWER_PAIN = anyOf([
  "(lower right|right lower|right side of (his|her|my) (stomach|belly))", "abajo a la derecha", "lado derecho (de la|del) (panza|estomago|abdomen)",
]);
