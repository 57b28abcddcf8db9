import { useId, useState } from "react";
import { type AnalyticsReport, type Chart, chartCsvUrl } from "../../api/analytics";
import { ChartFigure } from "./chart-figure";
import { CHART_SPECS } from "./chart-specs";
import { ChartTable } from "./chart-table";
import { describeChange, formatValue } from "./format";

/** One chart: headline figures against the previous period, the chart or its table, and its CSV. */
export function ChartCard({ chart, report }: { chart: Chart; report: AnalyticsReport }) {
  const spec = CHART_SPECS[chart.id];
  const [view, setView] = useState<"chart" | "table">("chart");
  const headingId = useId();
  const empty = chart.rows.length === 0 || chart.rows.every((r) => Object.entries(r).every(([k, v]) => k === "period" || k === "category" || !v));
  const figures = spec.kpis.map((k) => ({
    ...k,
    current: chart.summary.current[k.key] ?? null,
    previous: chart.summary.previous[k.key] ?? null,
  }));
  const label = `${chart.title}. ${figures.map((f) => `${f.label}: ${formatValue(f.current, f.unit)}`).join("; ")}. Switch to the table for every figure.`;

  return (
    <section className="chart-card" aria-labelledby={headingId} data-chart={chart.id}>
      <div className="chart-head">
        <h2 id={headingId}>{chart.title}</h2>
        <div className="chart-tools">
          <button type="button" className="button button-small" aria-pressed={view === "table"} onClick={() => setView(view === "chart" ? "table" : "chart")}>
            {view === "chart" ? "Show table" : "Show chart"}
            <span className="sr-only"> for {chart.title}</span>
          </button>
          <a className="button button-small" href={chartCsvUrl(chart.id, report)} download>
            Download CSV<span className="sr-only"> of {chart.title}</span>
          </a>
        </div>
      </div>
      <p className="chart-description">{spec.description}</p>
      <dl className="kpis">
        {figures.map((f) => {
          const change = describeChange(f.current, f.previous, f.unit);
          return (
            <div key={f.key} className="kpi">
              <dt>{f.label}</dt>
              <dd>
                <span className="kpi-value">{formatValue(f.current, f.unit)}</span>
                <span className="kpi-previous">
                  previous {formatValue(f.previous, f.unit)}
                  {change ? ` · ${change}` : ""}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      {view === "table" ? <ChartTable chart={chart} /> : empty ? <p className="muted chart-empty">Nothing to chart in this range yet.</p> : <ChartFigure chart={chart} shape={spec.shape} label={label} />}
    </section>
  );
}
