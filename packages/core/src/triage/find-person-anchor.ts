/**
 * Safety-first default. The distance rules in find-health-mentions.ts miss a
 * person and their symptom when a long sentence separates them ("I care for
 * my brother who has... he has been refusing food for three days"). Here a
 * message that names someone specific and has a health term or body site
 * anywhere is read as that person's case, unless it is plainly general. It
 * only ever turns a public answer into a redirect, never the reverse.
 */
import { BODY_SITE, NAMED_PERSON, PLAINLY_GENERAL } from "./lexicon/anchor-lexicon.ts";
import type { HealthScan } from "./find-health-mentions.ts";
import type { PublicSignals } from "./read-public-signals.ts";
import { isNegated } from "./text-geometry.ts";

function liveIn(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (!isNegated(text, m.index)) return true;
  return false;
}

export function anchoredToPerson(text: string, scan: HealthScan, signals: PublicSignals): boolean {
  if (signals.clinician || signals.generalFraming || signals.spam || signals.sharedNews) return false;
  if (!(scan.anyHealthTerm || liveIn(BODY_SITE, text))) return false;
  PLAINLY_GENERAL.lastIndex = 0;
  if (PLAINLY_GENERAL.test(text)) return false;
  NAMED_PERSON.lastIndex = 0;
  return NAMED_PERSON.test(text);
}
