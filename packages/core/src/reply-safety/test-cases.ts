import { expect } from "vitest";
import type { Category } from "../triage/category.ts";
import { checkReply, type ViolationType } from "./check-reply.ts";

/** One row of a rule table: the rule it shows, the input, and whether `type` must be found. */
export type Case = [name: string, category: Category, message: string, reply: string, found: boolean];

export function expectRule(type: ViolationType, [, category, message, reply, found]: Case): void {
  const result = checkReply({ message, reply, category });
  const hits = result.violations.filter((v) => v.type === type);
  expect(hits.length > 0, JSON.stringify(result.violations)).toBe(found);
  for (const v of result.violations) expect(reply.slice(v.start, v.end)).toBe(v.text);
}
