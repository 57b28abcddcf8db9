import {
  ADDRESSED_RE,
  CASE_JUDGEMENT_RE,
  DIAGNOSIS_RE,
  DIRECTIVE_RE,
  DOSE_RE,
  IMPERATIVE_RE,
  PRONOUN_CARE_RE,
} from "./advice-patterns.ts";
import { SCHEDULE_RE } from "./dosing-schedule.ts";
import { allMatches, sentenceAround } from "./fold-text.ts";
import { CLAUSE_START, ENGLISH_IMPERATIVE, SPANISH_IMPERATIVE } from "./imperative-morphology.ts";
import { termAlternation } from "./medical-lexicon.ts";
import type { Finding, Rule } from "./violation.ts";

/**
 * individual_advice: the reply gives clinical advice for this person's case —
 * a dose, a diagnosis, a treatment step ("stop taking it", "give him an
 * aspirin" even next to 911), a judgement on their result ("6.2 is in the
 * prediabetes range"). General education ("most adults need 600 IU") and
 * routing ("call 911", "take your baby to the emergency department") are not.
 */
const MED = `(?:${termAlternation(["medication"])})(?:e?s)?`;
const TERM = `(?:${termAlternation(["condition", "symptom"])})(?:e?s)?`;
const fill = (re: RegExp) => new RegExp(re.source.replaceAll("__MED__", MED).replaceAll("__TERM__", TERM), re.flags);

const IMPERATIVE = fill(IMPERATIVE_RE);
const DIRECTIVE = fill(DIRECTIVE_RE);
const DIAGNOSIS = fill(DIAGNOSIS_RE);
const CASE_JUDGEMENT = fill(CASE_JUDGEMENT_RE);

// medicineInEducation: in an education answer, "drink plenty of water" is general advice; only a medicine makes it individual.
type Check = { re: RegExp; group?: number; caseOnly?: boolean; addressed?: boolean; medicineInEducation?: boolean; say: string };
const CHECKS: Check[] = [
  { re: DOSE_RE, addressed: true, say: "gives a dose or amount" },
  { re: IMPERATIVE, group: 1, medicineInEducation: true, say: "tells them what to take or do for their health" },
  { re: PRONOUN_CARE_RE, say: "tells them what to do about their treatment" },
  { re: DIRECTIVE, say: "tells them what their treatment should be" },
  { re: DIAGNOSIS, say: "suggests a diagnosis" },
  { re: CASE_JUDGEMENT, caseOnly: true, say: "judges their symptoms, results or risk" },
];

// An instruction to the reader (imperative, "you can take", "puede darle", "le recomiendo") whose
// sentence carries a medicine, a dose or (for a message about their case) a schedule.
const INSTRUCTION = new RegExp(
  `${CLAUSE_START}(${SPANISH_IMPERATIVE}|${ENGLISH_IMPERATIVE}|(?:you|he|she) (?:can|could|may|might want to) (?:${ENGLISH_IMPERATIVE})|(?:puede|podria|pueden|le recomiendo|le sugiero|le aconsejo|recomiendo|sugiero)(?: que)? (?:tomar|darle|darles|dar|usar|aplicar|aplicarle|aplicarse|ponerle|ponerse|probar|suspender|dejar de tomar|subir|bajar|aumentar|lavar|lavarle|${SPANISH_IMPERATIVE}))\\b`,
  "g",
);
const MED_ANY = new RegExp(`(?<![\\w-])(?:${MED})(?![\\w-])`);
const DOSE_ANY = new RegExp(DOSE_RE.source);

function treatmentInstructions(reply: string, aboutCase: boolean): Finding[] {
  const out: Finding[] = [];
  for (const m of allMatches(INSTRUCTION, reply)) {
    const verb = m[1]!;
    const start = m.index + m[0].length - verb.length;
    const [, end] = sentenceAround(reply, start);
    const rest = reply.slice(start, end);
    if (!(MED_ANY.test(rest) || DOSE_ANY.test(rest) || (aboutCase && SCHEDULE_RE.test(rest)))) continue;
    out.push({
      type: "individual_advice",
      start,
      end,
      explanation: "Says '$TEXT', which gives them treatment instructions (a medicine, a dose or a schedule) for this person. Remove it; invite them to talk with a clinician privately.",
    });
  }
  return out;
}

export const individualAdvice: Rule = ({ foldedReply, category }) => {
  const aboutCase = category === "personal" || category === "urgent";
  const out: Finding[] = treatmentInstructions(foldedReply, aboutCase);
  for (const check of CHECKS) {
    if (check.caseOnly && !aboutCase) continue;
    for (const m of allMatches(check.re, foldedReply)) {
      const text = check.group ? m[check.group]! : m[0];
      const start = m.index + m[0].lastIndexOf(text);
      if (check.addressed && !aboutCase && !addressed(foldedReply, start)) continue;
      if (check.medicineInEducation && category === "education" && !MED_ANY.test(text)) continue;
      out.push({
        type: "individual_advice",
        start,
        end: start + text.length,
        explanation: `Says '$TEXT', which ${check.say} for this person. Remove it; invite them to talk with a clinician privately.`,
      });
    }
  }
  return out;
};

function addressed(reply: string, index: number): boolean {
  const [s, e] = sentenceAround(reply, index);
  return ADDRESSED_RE.test(reply.slice(s, e));
}
