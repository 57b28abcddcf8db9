import type { Counters } from "./counters.ts";
import { BUCKET_COUNT, quantile } from "./histogram.ts";

/** Sums the counters of several days. Pure. */
export function sumDays(days: Iterable<Counters | undefined>): Counters {
  const total: Counters = {};
  for (const day of days) if (day) for (const [k, v] of Object.entries(day)) total[k] = (total[k] ?? 0) + v;
  return total;
}

export const get = (c: Counters, key: string): number => c[key] ?? 0;

/** The histogram stored under `<prefix>|b<i>` (or `<prefix>b<i>` when prefix ends with "|"). */
export function histogramOf(c: Counters, prefix: string): number[] {
  return Array.from({ length: BUCKET_COUNT }, (_, i) => get(c, `${prefix}b${i}`));
}

export function addHistograms(a: number[], b: number[]): number[] {
  return a.map((n, i) => n + (b[i] ?? 0));
}

export const median = (h: number[]) => quantile(h, 0.5);
export const p90 = (h: number[]) => quantile(h, 0.9);

/** A share in percent with one decimal; null when there is nothing to divide by (never a made-up 0%). */
export function pct(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** Counters under a prefix (`tp|`), as name -> count. */
export function withPrefix(c: Counters, prefix: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(c)) if (k.startsWith(prefix) && v !== 0) out.set(k.slice(prefix.length), v);
  return out;
}
