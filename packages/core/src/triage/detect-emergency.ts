/**
 * Looks for signs of a possible emergency and decides whether they are
 * happening now. Past or resolved signs ("a seizure years ago") are reported
 * as such so the caller can route them to `personal` instead of `urgent`;
 * recurring wording ("on and off for months") demotes bodily signs only,
 * never thoughts of suicide or self-harm.
 */
import {
  BLEEDING,
  EMERGENCY_PATTERNS,
  FEVER,
  NEWBORN,
  PREGNANT,
} from "./lexicon/emergency-lexicon.ts";
import { CHRONIC_MARKER, NEGATED_NOW, NOW_MARKER, PAST_MARKER } from "./lexicon/context-lexicon.ts";
import { isNegated } from "./text-geometry.ts";

export type EmergencyFinding = {
  /** Short phrases for each sign found, e.g. "describes trouble breathing". */
  reasons: string[];
  /** The signs read as current (or timing unknown, which is treated as current). */
  current: boolean;
  /** Some present-tense marker ("now", "tonight", "ahorita") was seen. */
  nowMarked: boolean;
};

function firstLiveMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!isNegated(text, m.index)) return true;
  }
  return false;
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Returns undefined when no sign of an emergency is present. */
export function detectEmergency(text: string): EmergencyFinding | undefined {
  const reasons: string[] = [];
  let selfHarm = false;
  for (const group of EMERGENCY_PATTERNS) {
    if (!firstLiveMatch(group.pattern, text)) continue;
    reasons.push(group.reason);
    selfHarm ||= group.selfHarm;
  }
  if (NEWBORN.test(text) && firstLiveMatch(FEVER, text)) reasons.push("describes fever in a newborn");
  if (PREGNANT.test(text) && BLEEDING.test(text) && firstLiveMatch(/\b(bleeding|sangrando|sangrado)\b/g, text)) {
    reasons.push("describes bleeding in pregnancy");
  }
  if (reasons.length === 0) return undefined;

  const nowMarked = test(NOW_MARKER, text.replace(NEGATED_NOW, " "));
  const past = test(PAST_MARKER, text);
  const chronic = !selfHarm && test(CHRONIC_MARKER, text);
  return { reasons, current: nowMarked || !(past || chronic), nowMarked };
}
