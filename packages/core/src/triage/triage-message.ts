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
import { detectEmergency } from "./detect-emergency.ts";
import { detectLanguage } from "./detect-language.ts";
import { findHealthMentions } from "./find-health-mentions.ts";
import { normaliseText } from "./normalise-text.ts";
import { readPublicSignals } from "./read-public-signals.ts";

export type TriageInput = { text: string; platform?: Platform };
const SPECIFIC_PERSON = /\b(my|mi|mis) (\w+ )?(mom|mother|dad|father|husband|wife|son|daughter|kid|child|baby|sister|brother|friend|grandma|grandpa|nana|mama|papa|hij[oa]|espos[oa]|bebe|herman[oa]|amig[oa]|abuel[oa])\b/;
type Decision = { category: Category; containsPhi: boolean; confidence: number; reasons: string[] };

export function triageMessage({ text }: TriageInput): TriageResult {
  const raw = typeof text === "string" ? text : "";
  const normalised = normaliseText(raw);
  const decision = normalised ? decide(normalised) : empty();
  return { ...decision, language: detectLanguage(raw, normalised), engineVersion: TRIAGE_ENGINE_VERSION };
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

  if (emergency) {
    const specific = tiedToPerson || /\b(next to me|with me|conmigo|my|mi)\b/.test(text);
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
      reasons: ["describes emergency signs that are past or resolved", ...describeMentions(scan.mentions)],
    };
  }

  if (tiedToPerson) {
    const reasons = describeMentions(scan.mentions);
    if (reasons.length === 0) reasons.push("discloses the writer's own health situation");
    // Thanks that mention past care, asking nothing, are feedback (taxonomy ruling).
    if (signals.feedback && !signals.question && !signals.request) {
      return { category: "feedback", containsPhi: true, confidence: 0.7, reasons: ["thanks or reviews care received", ...reasons] };
    }
    const onlyThird = scan.mentions.every((m) => m.subject === "third");
    return { category: "personal", containsPhi: true, confidence: onlyThird ? 0.7 : 0.88, reasons };
  }

  if (signals.spam) return publicly("other", 0.9, "promotion or spam");
  if (signals.sharedNews && !signals.question) return publicly("other", 0.8, "shares news with no question");
  if (signals.clinician && signals.question) return publicly("education", 0.8, "a clinician asks peers a general question");

  const askingAdmin = signals.adminRequest || (signals.admin && signals.question && !signals.rhetorical);
  if (askingAdmin) {
    const decision = publicly("logistics", 0.85, "asks an administrative question");
    if (signals.ownVisit) return { ...decision, containsPhi: true, reasons: [...decision.reasons, "names the writer's own appointment"] };
    return decision;
  }
  const healthTopic = scan.anyHealthTerm || signals.wellness;
  if (signals.feedback && (!signals.question || signals.rhetorical)) return publicly("feedback", 0.85, "praises or complains about the practice");
  if (healthTopic) return publicly("education", 0.75, "asks a general health question or makes a health claim");
  if (signals.feedback) return publicly("feedback", 0.7, "praises or complains about the practice");
  if (signals.admin && signals.question) return publicly("logistics", 0.6, "asks an administrative question");
  // Safety net: a question about a named person that no rule understood goes to a redirect, not to `other`.
  if (signals.question && SPECIFIC_PERSON.test(text)) {
    return { category: "personal", containsPhi: false, confidence: 0.4, reasons: ["asks about a specific person, content not recognised"] };
  }
  return publicly("other", 0.5, "no health, administrative or feedback content");
}

function publicly(category: Category, confidence: number, reason: string): Decision {
  return { category, containsPhi: false, confidence, reasons: [reason] };
}
