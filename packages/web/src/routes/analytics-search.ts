import { z } from "zod/mini";

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

// The range lives in the URL so a view can be shared; bad values fall back to the default (last 30 days).
export const AnalyticsSearch = z.object({
  from: z.catch(z.optional(Day), undefined),
  to: z.catch(z.optional(Day), undefined),
  bucket: z.catch(z.optional(z.enum(["day", "week"])), undefined),
});
export type AnalyticsSearch = z.output<typeof AnalyticsSearch>;

const pad = (n: number) => String(n).padStart(2, "0");
export const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The last `days` days ending today (local calendar), as a from/to pair. */
export function lastDays(days: number, today = new Date()): { from: string; to: string } {
  const start = new Date(today);
  start.setDate(start.getDate() - (days - 1));
  return { from: isoDay(start), to: isoDay(today) };
}
