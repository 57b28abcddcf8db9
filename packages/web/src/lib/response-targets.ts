import type { Category } from "../api/types";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Response-time targets per category. These are the web's built-in defaults
 * until the practice settings API exists; the UI labels them as defaults.
 * `other` has no target: spam and off-topic posts need no answer.
 */
export const defaultResponseTargets: Record<Category, number | null> = {
  urgent: 15 * MINUTE,
  personal: 4 * HOUR,
  education: 24 * HOUR,
  logistics: 8 * HOUR,
  feedback: 48 * HOUR,
  other: null,
};

export type TargetState = { target: number; waited: number; state: "ok" | "soon" | "late" };

/** How long a conversation has waited against its target; "soon" is the last quarter. */
export function targetState(category: Category, waitingSince: string | null, now: number): TargetState | null {
  const target = defaultResponseTargets[category];
  if (!target || !waitingSince) return null;
  const waited = Math.max(0, now - Date.parse(waitingSince));
  if (Number.isNaN(waited)) return null;
  return { target, waited, state: waited > target ? "late" : waited > target * 0.75 ? "soon" : "ok" };
}

export function formatTarget(ms: number): string {
  return ms < HOUR ? `${Math.round(ms / MINUTE)}m` : `${Math.round(ms / HOUR)}h`;
}
