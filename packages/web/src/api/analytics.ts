import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiRequest, toQuery } from "./http";

export type Cell = string | number | null;

export type ChartId =
  | "volume-by-platform"
  | "volume-by-category"
  | "response-time"
  | "response-time-trend"
  | "approvals"
  | "redirects"
  | "emergency"
  | "agreement"
  | "topics"
  | "hashtags"
  | "articles";

export type Chart = {
  id: ChartId;
  title: string;
  columns: Array<{ key: string; label: string }>;
  rows: Array<Record<string, Cell>>;
  summary: { current: Record<string, number | null>; previous: Record<string, number | null> };
};

export type AnalyticsReport = {
  from: string;
  to: string;
  bucket: "day" | "week";
  previous: { from: string; to: string };
  charts: Chart[];
};

export type AnalyticsRange = { from?: string; to?: string; bucket?: "day" | "week" };

export const analyticsQuery = (range: AnalyticsRange) =>
  queryOptions({
    queryKey: ["analytics", range.from ?? null, range.to ?? null, range.bucket ?? "day"],
    queryFn: ({ signal }) => apiRequest<AnalyticsReport>(`/api/analytics${toQuery(range)}`, { signal }),
    placeholderData: keepPreviousData,
  });

/** The CSV of one chart for the range the report covers (a same-origin GET with the session cookie). */
export const chartCsvUrl = (id: ChartId, report: Pick<AnalyticsReport, "from" | "to" | "bucket">) =>
  `/api/analytics/${id}.csv${toQuery({ from: report.from, to: report.to, bucket: report.bucket })}`;
