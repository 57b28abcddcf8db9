import type { HealthMention } from "./find-health-mentions.ts";

const WHOSE = { own: "the writer's own", relation: "a family member's or friend's", third: "a specific person's" } as const;
const WHAT = {
  symptom: "symptoms",
  condition: "condition",
  medication: "medication",
  procedure: "test, procedure or result",
} as const;

/** One reason per distinct (subject, kind) pair, e.g. "mentions the writer's own medication". */
export function describeMentions(mentions: readonly HealthMention[]): string[] {
  const reasons: string[] = [];
  for (const m of mentions) {
    const reason = `mentions ${WHOSE[m.subject]} ${WHAT[m.kind]}`;
    if (!reasons.includes(reason)) reasons.push(reason);
  }
  return reasons;
}

/**
 * A health measurement with a specific value ("resting heart rate of 48",
 * "mi glucosa en 130") is someone's own reading, even without "my".
 */
export const OWN_READING =
  /\b(heart rate|pulse|bp|blood pressure|sugar|glucose|a1c|cholesterol|ldl|tsh|psa|hemoglobin|ferritin|vitamin d|oxygen|o2|saturation|presion|glucosa|azucar|colesterol|trigliceridos|oxigeno)( \w+){0,3}? (of |at |is |was |en |de |came back )?\d/;

/** Disclosures that name no health term but still concern the writer's own body ("I'm 9 weeks"). */
export const OWN_DISCLOSURE =
  /\b((im|i am|estoy) \d+ weeks|tengo \d+ semanas|estoy embarazada|just found out (im|i am) pregnant|(tengo|i am|im) \d+ (anos|years old)|my baby is \d+ (weeks|months) old|(pretty sure|i think|think) (i|im) (have|had|got)|(i|ive) (have|got|had) (one|it) again|creo que tengo|mine (is|was|came|has))\b/;
