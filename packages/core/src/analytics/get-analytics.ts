import { z } from "zod";
import { listArticles } from "../article/article-store.ts";
import type { Ctx } from "../context.ts";
import { Invalid } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { getPractice } from "../practice/get-practice.ts";
import { PracticeSettings } from "../practice/practice.ts";
import { buildAnalyticsReport, previousRange, type AnalyticsReport } from "./analytics-report.ts";
import { addDays, DAY_PATTERN, daysInRange, dayOf } from "./local-day.ts";
import { readAggregates } from "./read-aggregates.ts";

/** The longest range one request may ask for: with its comparison period, at most 2 x 366 day items. */
export const MAX_RANGE_DAYS = 366;

export const AnalyticsQuery = z.object({
  from: z.string().regex(DAY_PATTERN).optional(),
  to: z.string().regex(DAY_PATTERN).optional(),
  bucket: z.enum(["day", "week"]).default("day"),
});
export type AnalyticsQuery = z.input<typeof AnalyticsQuery>;

/**
 * Every analytics chart for a range and the previous range of equal length. Reads the practice,
 * its articles (for titles) and one Query of day items: a bounded number of items however many
 * messages the practice has. Admins and physicians.
 */
export async function getAnalytics(ctx: Ctx, raw: AnalyticsQuery): Promise<AnalyticsReport> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "analytics.read");
  const q = AnalyticsQuery.parse(raw);
  const practice = await getPractice(ctx, ctx.actor.practiceId);
  const settings = PracticeSettings.parse(practice.settings ?? {});
  const to = q.to ?? dayOf(ctx.clock().toISOString(), settings.timezone);
  const from = q.from ?? addDays(to, -29);
  if (from > to) throw new Invalid("The range starts after it ends");
  if (daysInRange(from, to) > MAX_RANGE_DAYS) throw new Invalid(`Choose at most ${MAX_RANGE_DAYS} days`);
  const previous = previousRange(from, to);
  const [days, articles] = await Promise.all([
    readAggregates(ctx, ctx.actor.practiceId, previous.from, to),
    listArticles({ ...ctx, actor: { ...ctx.actor, role: "system" } }, { includeRetired: true }),
  ]);
  return buildAnalyticsReport({
    from,
    to,
    bucket: q.bucket,
    days,
    targets: settings.responseTargetMinutes,
    articleTitles: new Map(articles.map((a) => [a.id, a.title])),
  });
}
