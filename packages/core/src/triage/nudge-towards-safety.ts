/**
 * Applies the nudge model (model/nudge-model.ts) after the rules, in the safe
 * direction only: a public answer whose wording the model finds close to
 * known redirects becomes `personal`; a `personal` (or public) message it
 * finds close to known emergencies becomes `urgent`. It never moves a
 * message out of `urgent` or `personal`. Thresholds come with the weights.
 */
import type { Decision } from "./decide-public.ts";
import { timingOf } from "./read-timing.ts";
import { NUDGE_THRESHOLDS, PUBLIC_RESCUES, RESCUE_THRESHOLD, scoreNudge, scorePublicRescue, type NudgeScores, type PublicRescue, type PublicScores } from "./model/nudge-model.ts";

/** `urgentNow` applies when the message says it is happening now ("tonight", "ahorita", "since an hour ago"). */
export type Thresholds = { urgent: number; urgentNow: number; redirect: number };

/** Pure decision rule, shared with the trainer so both apply the same policy. */
export function nudgedCategory(rules: Decision["category"], scores: NudgeScores, now: boolean, t: Thresholds): Decision["category"] {
  if (rules === "urgent") return "urgent";
  if (scores.urgent >= (now ? Math.min(t.urgent, t.urgentNow) : t.urgent)) return "urgent";
  if (rules === "personal") return "personal";
  if (scores.redirect >= t.redirect) return "personal";
  return rules;
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

export function nudgeTowardsSafety(normalisedText: string, decision: Decision): Decision {
  if (decision.category === "urgent") return decision;
  const scores = scoreNudge(normalisedText);
  const category = nudgedCategory(decision.category, scores, timingOf(normalisedText) === "now", NUDGE_THRESHOLDS);
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
