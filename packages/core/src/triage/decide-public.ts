/**
 * The public categories, for a message with no emergency and no health
 * detail tied to a person: spam and news -> other, admin -> logistics,
 * general health -> education, praise or complaint -> feedback.
 */
import type { Category } from "./category.ts";
import type { HealthScan } from "./find-health-mentions.ts";
import type { PublicSignals } from "./read-public-signals.ts";

export type Decision = { category: Category; containsPhi: boolean; confidence: number; reasons: string[] };

export function publicly(category: Category, confidence: number, reason: string): Decision {
  return { category, containsPhi: false, confidence, reasons: [reason] };
}

export function decidePublic(signals: PublicSignals, scan: HealthScan): Decision {
  if (signals.spam) return publicly("other", 0.9, "promotion or spam");
  if (signals.sharedNews && !signals.question) return publicly("other", 0.8, "shares news or greetings with no question");
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
  return publicly("other", 0.5, "no health, administrative or feedback content");
}
