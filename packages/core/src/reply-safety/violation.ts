import type { Category } from "../triage/category.ts";

/** The five ways a drafted public reply can be unsafe (triage-taxonomy.md, "Reply safety"). */
export const VIOLATION_TYPES = [
  "confirms_patient",
  "phi_echo",
  "individual_advice",
  "identifiers",
  "missing_emergency_guidance",
] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];

/**
 * One finding. `start`/`end` are UTF-16 offsets into the reply, `text` is
 * `reply.slice(start, end)`. For `missing_emergency_guidance` nothing in the
 * reply is at fault, so the span covers the whole reply (0..reply.length).
 */
export type Violation = {
  type: ViolationType;
  start: number;
  end: number;
  text: string;
  explanation: string;
};

export type ReplySafetyResult = { safe: boolean; violations: Violation[] };

export type CheckReplyInput = {
  message: string;
  reply: string;
  category: Category;
  language?: "en" | "es";
};

/** What every rule receives: the raw texts plus folded copies of equal length. */
export type RuleInput = CheckReplyInput & { foldedMessage: string; foldedReply: string };

export type Finding = { type: ViolationType; start: number; end: number; explanation: string };

export type Rule = (input: RuleInput) => Finding[];
