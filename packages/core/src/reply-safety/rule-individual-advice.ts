import {
  ADDRESSED_RE,
  CASE_JUDGEMENT_RE,
  DIAGNOSIS_RE,
  DIRECTIVE_RE,
  DOSE_RE,
  IMPERATIVE_RE,
  PRONOUN_CARE_RE,
} from "./advice-patterns.ts";
import { allMatches, sentenceAround } from "./fold-text.ts";
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

type Check = { re: RegExp; group?: number; caseOnly?: boolean; addressed?: boolean; say: string };
const CHECKS: Check[] = [
  { re: DOSE_RE, addressed: true, say: "gives a dose or amount" },
  { re: IMPERATIVE, group: 1, say: "tells them what to take or do for their health" },
  { re: PRONOUN_CARE_RE, say: "tells them what to do about their treatment" },
  { re: DIRECTIVE, say: "tells them what their treatment should be" },
  { re: DIAGNOSIS, say: "suggests a diagnosis" },
  { re: CASE_JUDGEMENT, caseOnly: true, say: "judges their symptoms, results or risk" },
];

export const individualAdvice: Rule = ({ foldedReply, category }) => {
  const aboutCase = category === "personal" || category === "urgent";
  const out: Finding[] = [];
  for (const check of CHECKS) {
    if (check.caseOnly && !aboutCase) continue;
    for (const m of allMatches(check.re, foldedReply)) {
      const text = check.group ? m[check.group]! : m[0];
      const start = m.index + m[0].lastIndexOf(text);
      if (check.addressed && !aboutCase && !addressed(foldedReply, start)) continue;
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
