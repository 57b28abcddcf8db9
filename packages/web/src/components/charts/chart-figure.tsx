import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { Chart } from "../../api/analytics";
import { type ChartShape, SERIES_COLOURS } from "./chart-specs";
import { formatValue, type Unit } from "./format";

const colour = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length];
const axisTick = { fill: "#566170", fontSize: 12 };

/**
 * The picture of one chart. It is one image to assistive technology (described by its label);
 * the table view holds the same figures for reading and for keyboards.
 */
export function ChartFigure({ chart, shape, label }: { chart: Chart; shape: ChartShape; label: string }) {
  const name = (key: string) => chart.columns.find((c) => c.key === key)?.label ?? key;
  return (
    <div className="chart-figure" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={shape.kind === "ranking" ? Math.max(160, chart.rows.length * 28 + 40) : 260}>
        {render(chart, shape, name)}
      </ResponsiveContainer>
    </div>
  );
}

function render(chart: Chart, shape: ChartShape, name: (k: string) => string) {
  const rows = chart.rows;
  switch (shape.kind) {
    case "stacked-bars": {
      // Series with nothing in the range stay out of the legend.
      const series = shape.series.filter((s) => rows.some((r) => Number(r[s] ?? 0) > 0));
      return (
        <BarChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e5e8ec" vertical={false} />
          <XAxis dataKey="period" tick={axisTick} tickFormatter={shortDay} minTickGap={12} />
          <YAxis allowDecimals={false} tick={axisTick} width={40} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Bar key={s} dataKey={s} name={name(s)} stackId="a" fill={colour(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      );
    }
    case "grouped-bars":
      return (
        <ComposedChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e5e8ec" vertical={false} />
          <XAxis dataKey={shape.x} tick={axisTick} tickFormatter={shape.x === "period" ? shortDay : undefined} minTickGap={8} />
          <YAxis tick={axisTick} width={56} tickFormatter={(v: number) => tickOf(v, shape.unit)} />
          <Tooltip formatter={(v) => formatValue(Number(v), shape.unit)} />
          <Legend />
          {shape.series.map((s, i) => (
            <Bar key={s} dataKey={s} name={name(s)} fill={colour(i)} isAnimationActive={false} />
          ))}
          {shape.target ? <Scatter dataKey={shape.target} name={name(shape.target)} fill="#b91c1c" shape="diamond" isAnimationActive={false} /> : null}
        </ComposedChart>
      );
    case "lines":
      return (
        <LineChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e5e8ec" vertical={false} />
          <XAxis dataKey="period" tick={axisTick} tickFormatter={shortDay} minTickGap={12} />
          <YAxis tick={axisTick} width={56} tickFormatter={(v: number) => tickOf(v, shape.unit)} />
          <Tooltip formatter={(v) => formatValue(Number(v), shape.unit)} />
          <Legend />
          {shape.series.map((s, i) => (
            <Line key={s} dataKey={s} name={name(s)} stroke={colour(i)} strokeWidth={2} dot={rows.length < 40} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      );
    case "ranking":
      return (
        <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="#e5e8ec" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={axisTick} />
          <YAxis type="category" dataKey={shape.label} tick={axisTick} width={150} tickFormatter={(v: string) => (v.length > 22 ? `${v.slice(0, 21)}…` : v)} />
          <Tooltip />
          <Legend />
          <Bar dataKey="count" name="This period" fill={colour(0)} isAnimationActive={false} />
          <Bar dataKey="previous" name="Previous period" fill="#94a3b8" isAnimationActive={false} />
        </BarChart>
      );
  }
}

function tickOf(v: number, unit: Unit): string {
  return unit === "minutes" ? formatValue(v, "minutes") : unit === "percent" ? `${v}%` : String(v);
}

/** "2025-03-04" -> "Mar 4" on the axis (weeks are labelled by their Monday). */
function shortDay(v: unknown): string {
  const s = String(v);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  return new Date(`${s}T12:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}
