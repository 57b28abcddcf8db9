/**
 * Triage of one inbound message: a pure function over its text (and, later,
 * its platform). Layers, in the taxonomy's order of precedence:
 *   1. emergency signs happening now            -> urgent
 *   2. health details of one specific person    -> personal
 *      (past emergency signs land here too; thanks with no question -> feedback)
 *   3. spam and promotion                       -> other
 *   4. administrative question or request       -> logistics
 *   5. general health question or claim         -> education
 *   6. praise or complaint                      -> feedback
 *   7. anything else                            -> other
 * When unsure between a public category and a redirect the rules lean to
 * the redirect: health terms are matched broadly and only tied, specific
 * wording takes a message out of `personal`.
 */
import type { Platform } from "../platform/platform.ts";
import { TRIAGE_ENGINE_VERSION, type Category, type TriageResult } from "./category.ts";
import { describeMentions, OWN_DISCLOSURE, OWN_READING } from "./describe-mention.ts";
import { detectAcuteState, severityAnywhere } from "./detect-acute-state.ts";
import { detectEmergency } from "./detect-emergency.ts";
import { detectLanguage } from "./detect-language.ts";
import { findHealthMentions } from "./find-health-mentions.ts";
import { normaliseText } from "./normalise-text.ts";
import { readPublicSignals } from "./read-public-signals.ts";
import { decidePublic, publicly, type Decision } from "./decide-public.ts";
import { anchoredToPerson } from "./find-person-anchor.ts";
import { nudgeTowardsSafety, PAST_EMERGENCY_REASON } from "./nudge-towards-safety.ts";

export type TriageInput = { text: string; platform?: Platform };
const SPECIFIC_PERSON = /\b(my|mi|mis) (\w+ )?(mom|mother|dad|father|husband|wife|son|daughter|kid|child|baby|sister|brother|friend|grandma|grandpa|nana|mama|papa|hij[oa]|espos[oa]|bebe|herman[oa]|amig[oa]|abuel[oa])s?\b/;

export function triageMessage({ text }: TriageInput): TriageResult {
  const raw = typeof text === "string" ? text : "";
  const normalised = normaliseText(raw);
  const decision = normalised ? nudgeTowardsSafety(normalised, decide(normalised)) : empty();
  return { ...decision, language: detectLanguage(raw, normalised), engineVersion: TRIAGE_ENGINE_VERSION };
}

/** The rules alone, without the nudge model: what the trainer compares against. */
export function triageByRules(text: string): Decision {
  const normalised = normaliseText(typeof text === "string" ? text : "");
  return normalised ? decide(normalised) : empty();
}

function empty(): Decision {
  return { category: "other", containsPhi: false, confidence: 0.99, reasons: ["message is empty"] };
}

function decide(text: string): Decision {
  const signals = readPublicSignals(text);
  const scan = findHealthMentions(text, signals.clinician);
  const emergency = detectEmergency(text);
  const tiedToPerson =
    scan.mentions.length > 0 || scan.relationWellness || OWN_DISCLOSURE.test(text) || (!signals.clinician && OWN_READING.test(text));

  const specific = tiedToPerson || /\b(next to me|with me|conmigo|my|mi)\b/.test(text);
  const general = (signals.generalFraming && !specific) || signals.clinician;
  const acute = emergency?.current ? [] : detectAcuteState(text, general);

  if (emergency && !(emergency.current === false && acute.length > 0)) {
    if (signals.generalFraming && !specific) {
      return { category: "education", containsPhi: false, confidence: 0.7, reasons: ["asks in general about emergency signs"] };
    }
    if (emergency.current) {
      const when = emergency.nowMarked ? " happening now" : "";
      const reasons = emergency.reasons.map((r) => r + when);
      return { category: "urgent", containsPhi: true, confidence: emergency.reasons.length > 1 ? 0.97 : 0.9, reasons };
    }
    return {
      category: "personal",
      containsPhi: true,
      confidence: 0.75,
      reasons: [PAST_EMERGENCY_REASON, ...describeMentions(scan.mentions)],
    };
  }

  if (acute.length > 0 && !(signals.spam && !signals.question)) {
    return { category: "urgent", containsPhi: true, confidence: acute.length > 1 ? 0.8 : 0.6, reasons: [...acute, "(acute-state net)"] };
  }

  // Promotion with no question is `other` even when it quotes a reading ("cura la presion alta en 7 dias").
  if (signals.spam && !signals.question && !scan.mentions.some((m) => m.subject === "relation")) return publicly("other", 0.85, "promotion or spam");

  if (tiedToPerson) {
    const reasons = describeMentions(scan.mentions);
    if (reasons.length === 0) reasons.push("discloses the writer's own health situation");
    // Thanks that mention past care, asking nothing, are feedback (taxonomy ruling).
    if (signals.feedback && !signals.question && !signals.request) {
      return { category: "feedback", containsPhi: true, confidence: 0.7, reasons: ["thanks or reviews care received", ...reasons] };
    }
    // Safety default: one person's case with a severity or onset word is treated as possibly acute.
    if (!general && severityAnywhere(text) && scan.mentions.some((m) => m.kind === "symptom")) {
      return { category: "urgent", containsPhi: true, confidence: 0.5, reasons: ["describes one person's symptoms with a severity or onset word (safety default)", ...reasons] };
    }
    const onlyThird = scan.mentions.every((m) => m.subject === "third");
    return { category: "personal", containsPhi: true, confidence: onlyThird ? 0.7 : 0.88, reasons };
  }

  const decision = decidePublic(signals, scan);
  const publicAnswer = decision.category === "education" || decision.category === "other";
  if (publicAnswer && anchoredToPerson(text, scan, signals)) {
    return { category: "personal", containsPhi: true, confidence: 0.5, reasons: ["names a specific person and a health term (safety default)"] };
  }
  // A question about a named person that no rule understood goes to a redirect, not to `other`.
  if (decision.category === "other" && signals.question && SPECIFIC_PERSON.test(text)) {
    return { category: "personal", containsPhi: false, confidence: 0.4, reasons: ["asks about a specific person, content not recognised"] };
  }
  return decision;
}
