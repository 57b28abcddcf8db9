/**
 * Applies the nudge model (model/nudge-model.ts) after the rules, in the safe
 * direction only: a public answer whose wording the model finds close to
 * known redirects becomes `personal`; a `personal` (or public) message it
 * finds close to known emergencies becomes `urgent`. It never moves a
 * message out of `urgent` or `personal`. Thresholds come with the weights.
 */
import type { Decision } from "./decide-public.ts";
import { timingOf } from "./read-timing.ts";
import { NUDGE_THRESHOLDS, scoreNudge, type NudgeScores } from "./model/nudge-model.ts";

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

export function nudgeTowardsSafety(normalisedText: string, decision: Decision): Decision {
  if (decision.category === "urgent") return decision;
  const scores = scoreNudge(normalisedText);
  const category = nudgedCategory(decision.category, scores, timingOf(normalisedText) === "now", NUDGE_THRESHOLDS);
  if (category === decision.category) return decision;
  const reason =
    category === "urgent"
      ? `wording close to known emergencies (model, p=${scores.urgent.toFixed(2)})`
      : `wording close to known personal cases (model, p=${scores.redirect.toFixed(2)})`;
  return { category, containsPhi: true, confidence: 0.5, reasons: [reason, ...decision.reasons] };
}
