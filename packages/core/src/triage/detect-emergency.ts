/**
 * Looks for signs of a possible emergency and decides whether they are
 * happening now. Each sign is timed by the words nearest to it
 * (read-timing.ts): past or resolved signs ("a seizure years ago") are
 * reported as such so the caller can route them to `personal`; recurring
 * wording ("on and off for months") demotes bodily signs only, never
 * thoughts of suicide or self-harm. Signs with no timing of their own are
 * read as current unless the message as a whole says otherwise.
 */
import { ACUTE_PATTERNS } from "./lexicon/acute-lexicon.ts";
import {
  FEVER,
  GLUCOSE_DANGER,
  INFANT,
  LETHARGY,
  PREGNANCY_WARNING,
  PREGNANT,
  RIGHT_LOWER_PAIN,
} from "./lexicon/combo-lexicon.ts";
import { EMERGENCY_PATTERNS, type EmergencyPattern } from "./lexicon/emergency-lexicon.ts";
import { FIGURATIVE } from "./lexicon/context-lexicon.ts";
import { isNegated } from "./text-geometry.ts";
import { timingAt, timingOf, type Timing } from "./read-timing.ts";

export type EmergencyFinding = {
  /** Short phrases for each sign found, e.g. "describes trouble breathing". */
  reasons: string[];
  /** The signs read as current (or timing unknown, which is treated as current). */
  current: boolean;
  /** Some present-tense marker ("now", "tonight", "ahorita") was seen. */
  nowMarked: boolean;
};

type Sign = { reason: string; timing: Timing; selfHarm: boolean };

/** Phrase lists and proximity families that share a reason are scanned as one regex. */
function mergeByReason(groups: readonly EmergencyPattern[]): EmergencyPattern[] {
  const merged = new Map<string, EmergencyPattern>();
  for (const g of groups) {
    const seen = merged.get(g.reason);
    const pattern = seen ? new RegExp(`${seen.pattern.source}|${g.pattern.source}`, "g") : g.pattern;
    merged.set(g.reason, { reason: g.reason, selfHarm: g.selfHarm, pattern });
  }
  return [...merged.values()];
}
const ALL_PATTERNS = mergeByReason([...EMERGENCY_PATTERNS, ...ACUTE_PATTERNS]);

/** Offset of the first match not negated in its clause, or -1. */
function firstLive(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!isNegated(text, m.index)) return m.index;
  }
  return -1;
}

function present(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

function combos(text: string, add: (reason: string, at: number) => void): void {
  const fever = firstLive(FEVER, text);
  if (fever >= 0 && present(INFANT, text)) add("describes fever in a young infant", fever);
  if (fever >= 0 && present(LETHARGY, text)) add("describes fever with a floppy or hard-to-wake child or adult", fever);
  if (fever >= 0 && present(RIGHT_LOWER_PAIN, text)) add("describes right-sided belly pain with fever", fever);
  const warning = present(PREGNANT, text) ? firstLive(PREGNANCY_WARNING, text) : -1;
  if (warning >= 0) add("describes warning signs in pregnancy", warning);
  const glucose = firstLive(GLUCOSE_DANGER, text);
  if (glucose >= 0) add("describes a dangerous blood sugar reading", glucose);
}

/**
 * True when the message names emergency signs only to deny them ("no chest
 * pain", "sin dolor de pecho ni nada"): every match is negated. Scans every
 * pattern, so it is only called on the rare path where it matters.
 */
export function deniesEmergencySigns(text: string): boolean {
  let denied = false;
  for (const group of ALL_PATTERNS) {
    group.pattern.lastIndex = 0;
    for (let m = group.pattern.exec(text); m; m = group.pattern.exec(text)) {
      if (!isNegated(text, m.index)) return false;
      denied = true;
    }
  }
  return denied;
}

/** Returns undefined when no sign of an emergency is present. */
export function detectEmergency(message: string): EmergencyFinding | undefined {
  FIGURATIVE.lastIndex = 0;
  const text = FIGURATIVE.test(message) ? message.replace(FIGURATIVE, " ") : message;
  const signs: Sign[] = [];
  const add = (reason: string, at: number, selfHarm = false): void => {
    if (!signs.some((s) => s.reason === reason)) signs.push({ reason, timing: timingAt(text, at), selfHarm });
  };
  for (const group of ALL_PATTERNS) {
    const at = firstLive(group.pattern, text);
    if (at >= 0) add(group.reason, at, group.selfHarm);
  }
  combos(text, add);
  if (signs.length === 0) return undefined;

  let wholeTiming: Timing | undefined;
  const whole = (): Timing => (wholeTiming ??= timingOf(text));
  const current = signs.some((s) => {
    if (s.timing === "now") return true;
    if (s.timing === "chronic") return s.selfHarm;
    if (s.timing === "past") return false;
    const w = whole();
    return w === "now" || w === "unknown" || (w === "chronic" && s.selfHarm);
  });
  const nowMarked = signs.some((s) => s.timing === "now") || whole() === "now";
  return { reasons: signs.map((s) => s.reason), current, nowMarked };
}
