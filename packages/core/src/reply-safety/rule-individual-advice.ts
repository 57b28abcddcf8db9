import {
  ADDRESSED_RE,
  CASE_JUDGEMENT_RE,
  DIAGNOSIS_RE,
  DIRECTIVE_RE,
  DOSE_RE,
  IMPERATIVE_RE,
  OBJECTS,
  PRONOUN_CARE_RE,
} from "./advice-patterns.ts";
import { SCHEDULE_RE } from "./dosing-schedule.ts";
import { allMatches, sentenceAround } from "./fold-text.ts";
import { INSTRUCTION_RE } from "./imperative-morphology.ts";
import { findTerms, termAlternation, type TermHit } from "./medical-lexicon.ts";
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

// Medicines are read from the reply's term list (computed once per check), not by another regex pass.
const medicines = (reply: string) => findTerms(reply).filter((t) => t.kind === "medication");
const medicineIn = (meds: readonly TermHit[], start: number, end: number) => meds.some((t) => t.start >= start && t.end <= end);
const OBJECT_ANY = new RegExp(`\\b(?:${OBJECTS})(?!\\w)`);
const DOSE_ANY = new RegExp(DOSE_RE.source);

/** "Children's Tylenol every 4 to 6 hours", "con un ibuprofeno cada 8 horas": a medicine with its schedule or dose, said to this person. */
function medicineSchedules(reply: string): Finding[] {
  const out: Finding[] = [];
  for (const m of medicines(reply)) {
    const [s, e] = sentenceAround(reply, m.start);
    const sentence = reply.slice(s, e);
    if (!(SCHEDULE_RE.test(sentence) || DOSE_ANY.test(sentence))) continue;  // medicine + schedule/dose
    if (out.some((f) => f.start === s)) continue;
    out.push({
      type: "individual_advice",
      start: s,
      end: e,
      explanation: "Says '$TEXT', which gives a medicine with its dose or schedule for this person. Remove it; invite them to talk with a clinician privately.",
    });
  }
  return out;
}

function treatmentInstructions(reply: string, aboutCase: boolean): Finding[] {
  const out: Finding[] = [];
  const meds = medicines(reply);
  for (const m of allMatches(INSTRUCTION_RE, reply)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const verb = m[group]!;
    const direct = group <= 2;
    const start = m.index + m[0].lastIndexOf(verb);
    const [, end] = sentenceAround(reply, start);
    const rest = reply.slice(start, end);
    // A direct instruction needs a schedule to be clinical; a softer lead ("puede…") a remedy as well.
    const scheduled = aboutCase && (direct ? SCHEDULE_RE.test(rest) : OBJECT_ANY.test(rest));
    if (!(medicineIn(meds, start, end) || DOSE_ANY.test(rest) || scheduled)) continue;
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
  if (aboutCase) out.push(...medicineSchedules(foldedReply));
  for (const check of CHECKS) {
    if (check.caseOnly && !aboutCase) continue;
    for (const m of allMatches(check.re, foldedReply)) {
      const text = check.group ? m[check.group]! : m[0];
      const start = m.index + m[0].lastIndexOf(text);
      if (check.addressed && !aboutCase && !addressed(foldedReply, start)) continue;
      if (check.medicineInEducation && category === "education" && !medicineIn(medicines(foldedReply), start, start + text.length)) continue;
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
