import { allMatches, foldText } from "./fold-text.ts";
import { hasTerm } from "./medical-lexicon.ts";

/**
 * Personal names in a reply, found by shape (capitalisation, position), not by
 * a list of names. Three shapes:
 *  - a full name anywhere: two or three capitalised words that are not a
 *    sentence-opening word, a place or an institution ("James Whitaker",
 *    "María Fernanda Ríos"; not "Emergency Department", "Maple St");
 *  - a name with a possessive ("Liam's", "Jenny Alvarez's");
 *  - an honorific + name anywhere ("Mr. Okafor", "doña Carmen",
 * "la señora Rosa Delgado"), or a capitalised name in address position — at the
 * start of the reply or a sentence and followed by a comma ("Jess, only two…"),
 * after a greeting ("Hi Tom", "Thanks, Linda!", "¡Ánimo, Andrés!"), or closing a
 * clause (", Greg 😉"). Clinicians ("Dr. Lee", "Nurse Joy", "la doctora Ruiz")
 * are not the person being addressed, and neither are sentence-opening words
 * ("Yes,", "Unfortunately,", "Gracias,"), which a stop list and the -ly/-mente
 * adverb endings rule out. Works on the original text (case matters); spans are
 * offsets into it.
 */
export type NameHit = { start: number; end: number; full: boolean };


const CAP = "[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+";
const NAME = `${CAP}(?:\\s+${CAP}){0,2}`;

// Honorifics that go with a surname (so the name is a full identifier) and those that go with a given name.
const SURNAME_HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta)\.?|(?:[Ss]eñora?|[Ss]eñorita)`;
// Given-name titles: don/doña, kin words and "little" ("Grandma Rose", "little Mateo", "la pequeña Sofía").
const GIVEN_HONORIFIC = "(?:[Dd]on|[Dd]oña|[Gg]randma|[Gg]randpa|[Nn]ana|[Aa]unt|[Uu]ncle|[Ll]ittle|[Bb]aby|[Aa]buel[oa]|[Aa]buelit[oa]|[Tt]í[oa]|[Pp]equeñ[oa]|[Bb]ebé)";
const HONORIFIC_RE = new RegExp(`(?<![\\w])(?:(${SURNAME_HONORIFIC})|${GIVEN_HONORIFIC})\\s+(${NAME})`, "gu");

const GREETING =
  "Hi|Hello|Hey|Dear|Thanks|Thank you|Congrats|Congratulations|Welcome|Anytime|Hang in there|Good luck|Cheers|Happy \\w+|Hola|Gracias|Querid[oa]|Estimad[oa]|Felicidades|Ánimo|Animo|Bienvenid[oa]s?|Suerte|Feliz \\w+|Buen(?:os|as) \\w+";
const AFTER_NAME = String.raw`(?=\s*(?:[,!?]|\.(?:\s|$)|$|\p{Extended_Pictographic}))`;
const GREETING_RE = new RegExp(`(?:^|[\\s¡¿])(?:${GREETING})\\s*,?\\s+(${NAME})${AFTER_NAME}`, "gu");
// "Rest, fluids and time": a list, not someone addressed.
const LIST_AFTER = String.raw`\s*,\s*[\p{L}]+(?:\s*,\s*[\p{L}]+)*\s+(?:and|or|y|o|e)\s`;
const SENTENCE_START_RE = new RegExp(`(?:^|[.!?¡¿]\\s*|\\n\\s*)(${NAME})(?=\\s*,)(?!${LIST_AFTER})`, "gu");
const CLAUSE_END_RE = new RegExp(`,\\s+(${NAME})(?=\\s*(?:[!?]|\\.(?:\\s|$)|$|\\p{Extended_Pictographic}))`, "gu");

// Capitalised words that make a phrase a place, an institution, a service or an occasion rather than a person.
const INSTITUTION = new Set(
  `day year eve clinic clinics center centre hospital department dept room lifeline line force health medical care services
  service university college school street st avenue ave road rd lane drive dr blvd boulevard way portal team office group
  foundation society association institute insurance plan medicare medicaid pharmacy lab labs urgent emergency crisis
  suicide poison control county city state national american public family medicine pediatrics cardiology dental
  christmas navidad thanksgiving easter mother's father's mothers fathers new happy merry feliz prospero ano
  calle avenida centro clinica hospital departamento sala linea salud seguro farmacia laboratorio emergencias urgencias
  monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo
  january february march april may june july august september october november december enero febrero marzo abril
  mayo junio julio agosto septiembre octubre noviembre diciembre task preventive services uspstf cdc aap acog who
  rest fluids water sleep food exercise time honey ice heat diet stress caffeine alcohol remember look listen relax breathe
  month week walk run fair program screening event campaign awareness support class classes drive society
  mes semana campana programa feria jornada grupo servicios preventivos preventive trabajo sociedad asociacion
  academia academy colegio instituto institute centros prevention prevencion enfermedades diseases organization
  organizacion mundial world americana americano nacional federal administration administracion food drug fda
  obstetricians gynecologists pediatrics pediatria physicians medicos`.split(/\s+/),
);
const FULL_NAME_RE = new RegExp(`(?<![\\p{L}.'’-])(${CAP}(?:\\s+${CAP}){1,2})(?![\\p{L}])`, "gu");
const POSSESSIVE_NAME_RE = new RegExp(`(?<![\\p{L}.'’-])(${CAP})['’]s\\b`, "gu");

// "the Task Force", "el Grupo de Trabajo de Servicios Preventivos": after an article, or inside a
// longer capitalised name joined by de/of, a capitalised phrase is an institution, not a person.
const INSTITUTION_BEFORE = /(?:\b(?:the|el|los|las|del|al)\s+$)|(?:[A-ZÁÉÍÓÚÑ][\p{L}]+\s+(?:de|of|del|for|para|y|and)\s+$)/u;

// "Sarah Jones, our diabetes educator": a member of staff, not the person addressed.
const STAFF_AFTER = /^,?\s+(?:is )?(?:our|one of our|nuestr[oa]|es nuestr[oa]|de nuestro equipo)\b/i;

const CLINICIAN_BEFORE = /\b(?:dr|dra|doctor|doctora|nurse|enfermera|enfermero|np|pa|dentist|dentista)\.?\s+$/;

const STOP = new Set(
  `yes no sure please sorry ok okay great good wow oh well also again however absolutely congrats congratulations welcome
  thanks thank hi hello hey dear cheers best regards love hugs blessings happy merry sadly luckily honestly first second
  next then finally meanwhile otherwise instead anyway today tomorrow tonight yesterday here there note reminder update
  ah aw yay exactly correct right true indeed of course in by for if when as and but or so the a an we you our your
  this that these those it they he she everyone everybody all folks friends team staff family bedside clinic office
  doctor doctora dr dra nurse enfermera mr mrs ms miss sr sra srta don dona senor senora senorita mom dad mama papa
  si gracias hola claro bueno buena perfecto listo animo felicidades disculpe perdon saludos atentamente estimado
  estimada querido querida hoy manana ayer aqui alli ademas tambien luego primero despues entonces mientras pero y o
  el la los las un una unos unas nosotros usted ustedes su sus tu tus nuestro nuestra equipo todos todas amigos
  feliz buenos buenas lamentablemente desafortunadamente por para con sin que como cuando donde ojala suerte
  monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo
  january february march april may june july august september october november december enero febrero marzo abril
  mayo junio julio agosto septiembre octubre noviembre diciembre covid`.split(/\s+/),
);

function isName(candidate: string): boolean {
  const first = foldText(candidate.split(/\s+/)[0]!);
  if (STOP.has(first)) return false;
  return !/(?:ly|mente)$/.test(first);
}

/** "Breast Cancer Awareness", "Flu Clinic": a phrase holding a health term or an institution word is not a person. */
export function looksLikePerson(words: string[]): boolean {
  if (hasTerm(foldText(words.join(" ")))) return false;
  return words.every((w) => {
    const f = foldText(w).replace(/['’]s$/, "");
    return !STOP.has(f) && !INSTITUTION.has(f) && !/(?:ly|mente)$/.test(f);
  });
}

export function personalNames(reply: string): NameHit[] {
  const out: NameHit[] = [];
  const add = (start: number, text: string, name: string, full: boolean) => {
    const end = start + text.length;
    if (out.some((h) => h.start < end && start < h.end)) return;
    if (STAFF_AFTER.test(reply.slice(end, end + 20))) return;
    if (INSTITUTION_BEFORE.test(reply.slice(Math.max(0, start - 40), start))) return;
    if (CLINICIAN_BEFORE.test(foldText(reply.slice(Math.max(0, start - 12), start)))) return;
    if (!isName(name)) return;
    out.push({ start, end, full });
  };
  for (const m of allMatches(HONORIFIC_RE, reply)) {
    const name = m[2]!;
    add(m.index, m[0], name, Boolean(m[1]) || /\s/.test(name));
  }
  for (const re of [GREETING_RE, SENTENCE_START_RE, CLAUSE_END_RE]) {
    for (const m of allMatches(re, reply)) {
      const name = m[1]!;
      add(m.index + m[0].lastIndexOf(name), name, name, /\s/.test(name));
    }
  }
  for (const m of allMatches(FULL_NAME_RE, reply)) {
    if (looksLikePerson(m[1]!.split(/\s+/))) add(m.index, m[1]!, m[1]!, true);
  }
  for (const m of allMatches(POSSESSIVE_NAME_RE, reply)) {
    if (looksLikePerson([m[1]!])) add(m.index, m[1]!, m[1]!, false);
  }
  return out.sort((a, b) => a.start - b.start);
}
