/**
 * What every row returns: the figures it measured (for the JSON), the lines of the printed
 * table, and for each goal whether it was met. A row that cannot run says why instead.
 */
export type Verdict = "PASS" | "MISS" | "n/a";

export interface TableLine {
  what: string;
  measured: string;
  baseline: string;
  ratio: string;
  goal: string;
  verdict: Verdict;
}

export interface RowResult {
  row: string;
  lines: TableLine[];
  figures: Record<string, unknown>;
  notes?: string[];
}

export const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : "—");
export const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms` : "—");
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const verdict = (ok: boolean): Verdict => (ok ? "PASS" : "MISS");

export function unavailable(row: string, what: string, goal: string, reason: string): RowResult {
  return { row, lines: [{ what, measured: reason, baseline: "—", ratio: "—", goal, verdict: "n/a" }], figures: { available: false, reason } };
}
