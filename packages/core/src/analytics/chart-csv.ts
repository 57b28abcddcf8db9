import { toCsv } from "../export/to-csv.ts";
import type { Chart } from "./analytics-report.ts";

/** One chart's table as CSV: the same columns and rows as the table view. */
export function chartCsv(chart: Chart): string {
  return toCsv(
    chart.columns.map((c) => c.label),
    chart.rows.map((r) => chart.columns.map((c) => r[c.key])),
  );
}
