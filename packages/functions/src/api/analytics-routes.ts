import { createRoute, z } from "@hono/zod-openapi";
import { CHART_IDS } from "@bedside/core/analytics/analytics-report";
import { chartCsv } from "@bedside/core/analytics/chart-csv";
import { getAnalytics } from "@bedside/core/analytics/get-analytics";
import { CSV_BOM } from "@bedside/core/export/to-csv";
import { NotFound } from "@bedside/core/errors";
import type { AppDeps } from "../app-env.ts";
import { newRouter } from "./new-router.ts";
import { errorResponses } from "./schemas.ts";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).openapi({ example: "2025-03-01" });
const Query = z.object({ from: Day.optional(), to: Day.optional(), bucket: z.enum(["day", "week"]).optional() });
const Cell = z.union([z.string(), z.number(), z.null()]);
const Chart = z
  .object({
    id: z.enum(CHART_IDS),
    title: z.string(),
    columns: z.array(z.object({ key: z.string(), label: z.string() })),
    rows: z.array(z.record(z.string(), Cell)),
    summary: z.object({ current: z.record(z.string(), z.number().nullable()), previous: z.record(z.string(), z.number().nullable()) }),
  })
  .openapi("AnalyticsChart");
const Report = z
  .object({ from: z.string(), to: z.string(), bucket: z.enum(["day", "week"]), previous: z.object({ from: z.string(), to: z.string() }), charts: z.array(Chart) })
  .openapi("AnalyticsReport");

const report = createRoute({
  method: "get",
  path: "/analytics",
  tags: ["analytics"],
  summary: "Every chart for a range (default: the last 30 days) and the previous range of equal length",
  request: { query: Query },
  responses: { 200: { description: "Charts from the day aggregates", content: { "application/json": { schema: Report } } }, ...errorResponses },
});

const csv = createRoute({
  method: "get",
  path: "/analytics/{file}",
  tags: ["analytics"],
  summary: "One chart's table as CSV: /api/analytics/<chart>.csv",
  request: { params: z.object({ file: z.string().regex(/^[a-z-]+\.csv$/) }), query: Query },
  responses: { 200: { description: "RFC 4180 CSV with a header row", content: { "text/csv": { schema: z.string() } } }, ...errorResponses },
});

/** Analytics for admins and physicians (analytics.read), read from day items only. */
export function analyticsRoutes(app: AppDeps) {
  const router = newRouter();
  router.openapi(report, async (c) => {
    const result = await getAnalytics({ ...app.deps, actor: c.get("actor") }, c.req.valid("query"));
    c.header("Cache-Control", "private, no-store");
    return c.json(result, 200);
  });
  router.openapi(csv, async (c) => {
    const id = c.req.valid("param").file.replace(/\.csv$/, "");
    if (!(CHART_IDS as readonly string[]).includes(id)) throw new NotFound("No such chart");
    const result = await getAnalytics({ ...app.deps, actor: c.get("actor") }, c.req.valid("query"));
    const chart = result.charts.find((ch) => ch.id === id)!;
    return c.body(CSV_BOM + chartCsv(chart), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bedside-${id}-${result.from}-to-${result.to}.csv"`,
      "Cache-Control": "private, no-store",
    });
  });
  return router;
}
