import { foldText } from "./fold-text.ts";
import { confirmsPatient } from "./rule-confirms-patient.ts";
import { emergencyGuidance } from "./rule-emergency-guidance.ts";
import { identifiers } from "./rule-identifiers.ts";
import { individualAdvice } from "./rule-individual-advice.ts";
import { namedPerson } from "./rule-named-person.ts";
import { phiEcho } from "./rule-phi-echo.ts";
import type { CheckReplyInput, ReplySafetyResult, Rule, Violation } from "./violation.ts";

export type { CheckReplyInput, ReplySafetyResult, Violation, ViolationType } from "./violation.ts";
export { VIOLATION_TYPES } from "./violation.ts";

const RULES: Rule[] = [confirmsPatient, phiEcho, namedPerson, individualAdvice, identifiers, emergencyGuidance];

/**
 * Checks a drafted public reply against the reply-safety rules of
 * triage-taxonomy.md. Pure: no I/O, no clock. `language` is accepted for
 * callers that know it; every rule handles English and Spanish regardless.
 */
export function checkReply(input: CheckReplyInput): ReplySafetyResult {
  const ruleInput = { ...input, foldedMessage: foldText(input.message), foldedReply: foldText(input.reply) };
  const seen = new Set<string>();
  const violations: Violation[] = [];
  for (const rule of RULES) {
    for (const f of rule(ruleInput)) {
      const key = `${f.type}:${f.start}:${f.end}`;
      if (seen.has(key) || overlapsSameType(violations, f)) continue;
      seen.add(key);
      const text = input.reply.slice(f.start, f.end);
      violations.push({ ...f, text, explanation: f.explanation.replace("$TEXT", text) });
    }
  }
  violations.sort((a, b) => a.start - b.start || a.type.localeCompare(b.type));
  return { safe: violations.length === 0, violations };
}

function overlapsSameType(found: Violation[], f: { type: string; start: number; end: number }): boolean {
  return found.some((v) => v.type === f.type && v.start < f.end && f.start < v.end);
}
