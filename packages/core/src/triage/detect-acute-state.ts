/**
 * The acute-state net: a second, broader emergency reader that does not need
 * a named sign. It looks for the *state* a body is in (cannot breathe or
 * wake, collapsed, turning blue, bleeding or vomiting that will not stop,
 * the worst pain ever, severe pain at the chest, head or belly, sudden onset
 * or fast worsening, asking about 911 or the ER) next to any symptom or body
 * site. Each cue is timed by its own clause and sentence (read-timing.ts):
 * past or long-standing cues do not count. General questions ("what are the
 * signs of...") do not count. Urgent precision is not its aim; recall is.
 */
import { ACUTE_CUES, AIR_HAZARD, ANY_SEVERITY, ANY_SYMPTOM_OR_SITE, HAZARD_SYMPTOM, HELP_NOW_CUE, PERSON_PRESENT } from "./lexicon/acute-state-lexicon.ts";
import { FIGURATIVE } from "./lexicon/context-lexicon.ts";
import { timingAt } from "./read-timing.ts";
import { isNegated } from "./text-geometry.ts";

/** Offset of the first match that is not negated and not past or long-standing, or -1. */
function firstCurrent(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (isNegated(text, m.index)) continue;
    const timing = timingAt(text, m.index);
    if (timing !== "past" && timing !== "chronic") return m.index;
  }
  return -1;
}

/** Figures of speech ("giving me a heart attack") removed; the copy is only made when one is there. */
function withoutFigures(message: string): string {
  return has(FIGURATIVE, message) ? message.replace(FIGURATIVE, " ") : message;
}

function has(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Reasons for each acute cue found, or an empty list. `general`: the message asks in general. */
export function detectAcuteState(message: string, general: boolean): string[] {
  if (general) return [];
  const text = withoutFigures(message);
  const person = has(PERSON_PRESENT, text);
  const reasons: string[] = [];
  for (const cue of ACUTE_CUES) {
    if (cue.needsPerson && !person) continue;
    if (firstCurrent(cue.pattern, text) >= 0) reasons.push(cue.reason);
  }
  if (person && has(ANY_SYMPTOM_OR_SITE, text) && firstCurrent(HELP_NOW_CUE, text) >= 0) {
    reasons.push("asks about 911, the emergency room or whether it can wait, for a symptom");
  }
  if (has(AIR_HAZARD, text) && firstCurrent(HAZARD_SYMPTOM, text) >= 0) reasons.push("describes symptoms with a gas or carbon monoxide hazard");
  return reasons;
}

/** A severity or onset word anywhere that is not past or long-standing ("scared", "horrible", "de repente"). */
export function severityAnywhere(message: string): boolean {
  return firstCurrent(ANY_SEVERITY, withoutFigures(message)) >= 0;
}
