/**
 * Applies the nudge model (model/nudge-model.ts) after the rules, in the safe
 * direction only: a public answer whose wording the model finds close to
 * known redirects becomes `personal`; a `personal` (or public) message it
 * finds close to known emergencies becomes `urgent`. It never moves a
 * message out of `urgent` or `personal`. Thresholds come with the weights.
 */
import type { Decision } from "./decide-public.ts";
import { timingOf, type Timing } from "./read-timing.ts";
import { deniesEmergencySigns } from "./detect-emergency.ts";
import { CLINICIAN_FRAMING, GENERAL_FRAMING, GENERAL_QUESTION } from "./lexicon/context-lexicon.ts";

const PLAINLY_GENERAL_QUESTION = [GENERAL_QUESTION, GENERAL_FRAMING, CLINICIAN_FRAMING];
import { NUDGE_THRESHOLDS, PUBLIC_RESCUES, RESCUE_THRESHOLD, scoreNudge, scorePublicRescue, type NudgeScores, type PublicRescue, type PublicScores } from "./model/nudge-model.ts";

/** `urgentNow` applies when the message says it is happening now ("tonight", "ahorita", "since an hour ago"). */
export type Thresholds = { urgent: number; urgentNow: number; redirect: number };

/**
 * What the rules already know about urgency, which the model must not
 * overrule: the message's timing, and whether emergency signs were found and
 * read as past, or named only to be denied ("no chest pain, just curious").
 */
export type UrgencyContext = { timing: Timing; ruledOut: boolean | (() => boolean); general: boolean | (() => boolean) };

const settle = (flag: boolean | (() => boolean)): boolean => (typeof flag === "function" ? flag() : flag);

/** The reason given when emergency signs were found but read as past; the nudge model leaves those alone. */
export const PAST_EMERGENCY_REASON = "describes emergency signs that are past or resolved";

/**
 * Pure decision rule, shared with the trainer so both apply the same policy.
 * A message the rules read as past or long-standing ("on and off for months",
 * "hace una semana"), or whose emergency signs are past or denied, is never
 * made urgent by the model: timing and negation are the rules' call, the
 * model only weighs the words. A public answer is made urgent only when the
 * model also finds it a redirect (urgent is a kind of redirect). A public
 * answer to a plainly general question ("at what age…", "is it true…",
 * "what are the signs of…", a clinician to peers) is left public. And the
 * message's own words must point that way: a probability that is only the
 * prior (text the model has no words for) moves nothing. (Requiring a known
 * health word as well was tried: on the first blind runs it cut urgent recall
 * from 95.6% to 87.7%, because the misses are exactly the words the lexicons
 * do not know.)
 */
export function nudgedCategory(rules: Decision["category"], scores: NudgeScores, context: UrgencyContext, t: Thresholds): Decision["category"] {
  if (rules === "urgent") return rules;
  const { timing, ruledOut } = context;
  const urgentBar = timing === "now" ? Math.min(t.urgent, t.urgentNow) : t.urgent;
  const words = (w: number | undefined): boolean => w === undefined || w > 0;
  const redirect =
    rules === "personal" ||
    (scores.redirect >= t.redirect && words(scores.redirectWords) && !settle(context.general));
  const canBeUrgent = timing !== "past" && timing !== "chronic" && redirect && scores.urgent >= urgentBar && words(scores.urgentWords);
  // Checked last: denial needs a scan of every emergency pattern.
  if (canBeUrgent && !settle(ruledOut)) return "urgent";
  return redirect ? "personal" : rules;
}

/** The context the rules give for one message; the trainer computes the same for its corpora. */
export function urgencyContext(normalisedText: string, decision: Decision): UrgencyContext {
  const timing = timingOf(normalisedText);
  const ruledOut = (): boolean => decision.reasons.includes(PAST_EMERGENCY_REASON) || deniesEmergencySigns(normalisedText);
  const general = (): boolean => PLAINLY_GENERAL_QUESTION.some((p) => {
    p.lastIndex = 0;
    return p.test(normalisedText);
  });
  return { timing, ruledOut, general };
}

/**
 * A message the rules could only call `other` goes to the public category
 * the model finds most likely, when that probability reaches the threshold.
 */
export function rescuedCategory(category: Decision["category"], scores: PublicScores, threshold: number): Decision["category"] {
  if (category !== "other") return category;
  let best: Decision["category"] = "other";
  let top = threshold;
  for (const c of PUBLIC_RESCUES) if (scores[c] >= top) [best, top] = [c, scores[c]];
  return best;
}

/**
 * Answers the model leaves alone: `urgent`, and a confident `other` (spam,
 * news: the model reads a health claim in an advert as a case).
 */
export function nudgeable(decision: Decision): boolean {
  if (decision.category === "urgent") return false;
  return !(decision.category === "other" && decision.confidence > 0.5);
}

export function nudgeTowardsSafety(normalisedText: string, decision: Decision): Decision {
  if (!nudgeable(decision)) return rescueOther(normalisedText, decision);
  const scores = scoreNudge(normalisedText);
  const category = nudgedCategory(decision.category, scores, urgencyContext(normalisedText, decision), NUDGE_THRESHOLDS);
  if (category === decision.category) return rescueOther(normalisedText, decision);
  const reason =
    category === "urgent"
      ? `wording close to known emergencies (model, p=${scores.urgent.toFixed(2)})`
      : `wording close to known personal cases (model, p=${scores.redirect.toFixed(2)})`;
  return { category, containsPhi: true, confidence: 0.5, reasons: [reason, ...decision.reasons] };
}

/** Only the rules' fallback `other` (nothing recognised, confidence 0.5 or less) is rescued; spam and news stay `other`. */
function rescueOther(normalisedText: string, decision: Decision): Decision {
  if (decision.category !== "other" || decision.confidence > 0.5) return decision;
  const scores = scorePublicRescue(normalisedText);
  const category = rescuedCategory("other", scores, RESCUE_THRESHOLD);
  if (category === "other") return decision;
  return { ...decision, category, confidence: 0.5, reasons: [`wording close to known ${category} messages (model, p=${scores[category as PublicRescue].toFixed(2)})`] };
}
