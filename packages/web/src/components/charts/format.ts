import type { Cell } from "../../api/analytics";

export type Unit = "count" | "minutes" | "percent";

/** Minutes as people read them: "42 min", "3.5 h", "2.1 d". */
export function formatMinutes(min: number): string {
  if (min < 60) return `${Math.round(min * 10) / 10} min`;
  if (min < 48 * 60) return `${Math.round((min / 60) * 10) / 10} h`;
  return `${Math.round((min / 1440) * 10) / 10} d`;
}

/** A figure with its unit; null means "nothing to measure" and shows as a dash, never as 0. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  if (unit === "minutes") return formatMinutes(value);
  if (unit === "percent") return `${value}%`;
  return value.toLocaleString("en-US");
}

export function formatCell(value: Cell, key: string): string {
  if (value === null) return "–";
  if (typeof value === "number") return formatValue(value, key.endsWith("_pct") ? "percent" : "count");
  return value;
}

/**
 * The change from the previous period, in words: "up 12%", "down 3 points" (for percentages),
 * "new" when there was nothing before, "no change". Null when either side is missing.
 */
export function describeChange(current: number | null | undefined, previous: number | null | undefined, unit: Unit): string | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  if (current === previous) return "no change";
  if (unit === "percent") {
    const points = Math.round((current - previous) * 10) / 10;
    return `${points > 0 ? "up" : "down"} ${Math.abs(points)} points`;
  }
  if (previous === 0) return "new";
  const pct = Math.round(((current - previous) / previous) * 100);
  return pct === 0 ? "about the same" : `${pct > 0 ? "up" : "down"} ${Math.abs(pct)}%`;
}

/** "Mar 1 – Mar 30, 2025" for two yyyy-mm-dd days. */
export function formatRange(from: string, to: string): string {
  const f = new Date(`${from}T12:00:00Z`);
  const t = new Date(`${to}T12:00:00Z`);
  const md = (d: Date) => d.toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
  return `${md(f)}${f.getUTCFullYear() !== t.getUTCFullYear() ? `, ${f.getUTCFullYear()}` : ""} – ${md(t)}, ${t.getUTCFullYear()}`;
}
