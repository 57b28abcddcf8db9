import type { Chart } from "../../api/analytics";
import { formatCell } from "./format";

/** The chart's figures as a table: the same columns and rows as its CSV. */
export function ChartTable({ chart }: { chart: Chart }) {
  if (chart.rows.length === 0) return <p className="muted">Nothing in this range.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${chart.title}: table`}>
      <table className="data-table">
        <thead>
          <tr>
            {chart.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row, i) => (
            <tr key={i}>
              {chart.columns.map((c, j) =>
                j === 0 ? (
                  <th key={c.key} scope="row">
                    {formatCell(row[c.key] ?? null, c.key)}
                  </th>
                ) : (
                  <td key={c.key}>{formatCell(row[c.key] ?? null, c.key)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
