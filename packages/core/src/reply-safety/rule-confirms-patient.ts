import { allMatches } from "./fold-text.ts";
import { termAlternation } from "./medical-lexicon.ts";
import { RELATIONSHIP_EN, RELATIONSHIP_ES } from "./relationship-patterns.ts";
import type { Finding, Rule } from "./violation.ts";

/**
 * confirms_patient: the reply states or implies that the writer (or the person
 * they write about) is or was a patient here. Four shapes:
 *  - "your" + a record of care: your visit, your chart, your results, your patient portal;
 *  - the practice acting on their care: we saw you, we checked your..., as your doctor;
 *  - Spanish: su cita, su expediente, su consulta del martes, revisamos su...
 * "our patient portal, if you have an account" and "talk to your doctor" are fine:
 * the first names our service, the second any clinician.
 */
const CARE_NOUN =
  "visit|visits|appointment|appointments|appt|appts|check-?up|check-in|follow-?up|annual|chart|file|record|medical records?|results?|labs?|lab (?:draw|work)|sample|statement|balance|bill|account|mrn|patient portal|portal|care team|procedure|surgery|operation|scan|x-rays?|exam|cleaning|session|stay|admission|discharge|injection|dose|shots?|prescription|refill|order|\\d{1,2}:\\d\\d\\s?(?:am|pm)?|\\d{1,2}\\s?(?:am|pm)|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

const CARE_NOUN_ES =
  "citas?|consultas?|expediente|historia clinica|resultados?|analisis|estudios?|portal de pacientes|portal|saldo|cuenta|receta|orden|cirugia|operacion|ultrasonido|mamografia|endodoncia|radiografias?|vacunas?|proxima cita|visita";

const PROCEDURE = `(?:${termAlternation(["procedure"])})(?:e?s)?`;

/** skipAfter: words before the match that make it generic for this pattern only. */
type Pattern = { re: RegExp; say: string; skipAfter?: RegExp };
const PATTERNS: Pattern[] = [
  {
    // "your colonoscopy", "glad your strep test came back", "su mamografía": a procedure done for them.
    re: new RegExp(`\\b(?:your|sus?)\\s+(?!own\\b|propi)(?:[\\w'-]+\\s+){0,2}?${PROCEDURE}(?![\\w-])`, "g"),
    say: "refers to a procedure or test done for them",
  },
  {
    re: /\bdra?\.? [a-z]+ (?:was |is |will be )?(?:so )?(?:glad|happy|loved|enjoyed|se alegra|le vera|le llamara)\b/g,
    say: "tells them how their own clinician feels about their care",
  },
  {
    // "your visit", "your last two appointments", "your knee surgery", "your 3:30"; not "your own results".
    re: new RegExp(`\\byour\\s+(?!own\\b)(?:[\\w'-]+\\s+){0,2}?(?:${CARE_NOUN})(?![\\w-])`, "g"),
    say: "refers to their own care record or visit",
  },
  {
    re: /\b(?:as|i'm|i am|we're|we are) your (?:doctor|physician|dentist|provider|nurse|cardiologist|surgeon|pediatrician|clinic|practice|care team)\b/g,
    say: "speaks as their clinician",
  },
  {
    re: /\b(?:we|i|dr\.? \w+|the doctor|the team|our team|the radiologist)(?:'ve| have| had)?\s+(?:saw|seen|checked|reviewed|pulled up|looked at|found|updated|moved|changed|rescheduled|canceled|cancelled|booked|scheduled|sent|added|noted|got|received|treated|put)\s+(?:you|your|him|his|her)\b(?!\s+(?:message|messages|note|comment|review|feedback|question|questions|kind|words|post|dm|email))/g,
    say: "describes the practice acting on their care",
  },
  {
    re: /\b(?:we see your|you were seen|you're down for|you are down for|you're (?:booked|scheduled) (?:for|with)|we (?:now )?have you (?:down|at|scheduled|booked)|(?:loved|good|great|nice) (?:seeing you|to see you(?: \w+)? (?:back|again))|with us (?:in|on|last|this)\b|welcome back|updated (?:to|with)\b|(?:seeing|see) you at your)/g,
    say: "implies they have been or will be seen here",
  },
  {
    re: new RegExp(`\\b(?:sus?|tus?)\\s+(?:\\w+\\s+){0,2}?(?:${CARE_NOUN_ES})(?![\\w-])`, "g"),
    say: "refers to their appointment, record or care here",
  },
  {
    re: /\b(?:revisamos|actualizamos|le cambiamos|le cancelamos|le enviamos|le mandamos|le recetamos|le vimos|la vimos|lo vimos|le atendimos|le toca|le vera|le veremos|le esperamos (?:el|manana|este))\b/g,
    say: "describes the practice acting on their care",
  },
  {
    // One pass for the whole family (relationship-patterns.ts), both languages.
    re: new RegExp([...RELATIONSHIP_EN, ...RELATIONSHIP_ES].map((r) => `(?:${r.source})`).join("|"), "g"),
    say: "describes a relationship between them and our clinicians",
    // "a clinician who knows your history", "someone who remembers you": any clinician, not ours.
    skipAfter: /\b(?:who|that|someone|anyone)\s+$/,
  },
];

/** "su médico", "your doctor" inside advice to see any clinician are not findings. */
const GENERIC_BEFORE = /(?:talk (?:to|with)|ask|see|tell|call|consult|check with|hable con|pregunte a|consulte con|if)\s+$/;
// "si" is "if"; "sí," (yes) folds to "si," and is not a condition.
const CONDITIONAL_BEFORE = /\b(?:if|si)\b(?![,.!])[^.!?]{0,40}$/;

export const confirmsPatient: Rule = ({ foldedReply }) => {
  const out: Finding[] = [];
  for (const { re, say, skipAfter } of PATTERNS) {
    for (const m of allMatches(re, foldedReply)) {
      const before = foldedReply.slice(Math.max(0, m.index - 50), m.index);
      if (GENERIC_BEFORE.test(before) || CONDITIONAL_BEFORE.test(before)) continue;
      if (skipAfter && skipAfter.test(before)) continue;
      if (/^(?:your|su|sus)\s+(?:specific\s+)?plan/.test(m[0])) continue;
      // "book your first visit": a visit still to come for someone new, not a record of care.
      if (/^(?:your|su|sus)\s+(?:first|primera?)\s/.test(m[0]) || /\b(?:book|schedule|make|request|set up|reserve|agendar|reservar|hacer)\s+$/.test(before)) continue;
      out.push({
        type: "confirms_patient",
        start: m.index,
        end: m.index + m[0].length,
        explanation: `Says '${"$TEXT"}', which ${say} and so confirms they are a patient. Speak generally ("a visit", "our patient portal, if you have an account") instead.`,
      });
    }
  }
  return out;
};
