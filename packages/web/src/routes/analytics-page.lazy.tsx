import { useQuery } from "@tanstack/react-query";
import { createLazyRoute, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { type AnalyticsReport, analyticsQuery } from "../api/analytics";
import { isApiError } from "../api/http";
import { ChartCard } from "../components/charts/chart-card";
import { formatRange } from "../components/charts/format";
import { ErrorState, StateMessage } from "../components/state-message";
import { usePageTitle } from "../lib/use-page-title";
import { lastDays } from "./analytics-search";
import "../styles/analytics-admin.css";

export const analyticsLazyRoute = createLazyRoute("/_app/analytics")({ component: AnalyticsPage });

const PRESETS = [7, 30, 90, 365] as const;

/** Charts for a chosen range, each against the previous range of equal length. */
function AnalyticsPage() {
  usePageTitle("Analytics");
  const { user } = useRouteContext({ from: "/_app" });
  const search = useSearch({ from: "/_app/analytics" });
  const navigate = useNavigate({ from: "/analytics" });
  const allowed = user.role !== "staff";
  const query = useQuery({ ...analyticsQuery(search), enabled: allowed });
  const report = query.data;

  if (!allowed) {
    return (
      <div className="analytics">
        <h1>Analytics</h1>
        <StateMessage title="Analytics are for admins and physicians">
          <p>Ask an admin of your practice if you need these figures.</p>
        </StateMessage>
      </div>
    );
  }

  return (
    <div className="analytics">
      <div className="page-head">
        <h1>Analytics</h1>
        {query.isFetching && report ? (
          <span className="muted small" role="status">
            Updating…
          </span>
        ) : null}
      </div>
      <RangeForm
        key={`${report?.from}-${report?.to}-${report?.bucket}`}
        from={report?.from ?? search.from ?? ""}
        to={report?.to ?? search.to ?? ""}
        bucket={report?.bucket ?? search.bucket ?? "day"}
        onApply={(next) => void navigate({ search: next })}
      />
      {report ? (
        <p className="range-note">
          <strong>{formatRange(report.from, report.to)}</strong>, compared with {formatRange(report.previous.from, report.previous.to)}. Figures come from daily totals kept as messages, replies and decisions happen.
        </p>
      ) : null}
      {query.isPending ? (
        <div className="page-pending" role="status">
          <span className="spinner" aria-hidden="true" />
          Loading the figures…
        </div>
      ) : query.isError && !report ? (
        isApiError(query.error) && query.error.status === 400 ? (
          <StateMessage tone="error" title="That range can't be shown">
            <p>{query.error.message}</p>
          </StateMessage>
        ) : (
          <ErrorState what="the analytics" error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : report && !report.charts.find((c) => c.id === "volume-by-platform")?.summary.current.total ? (
        <>
          <StateMessage title="No messages in this range">
            <p>Choose a longer range, or come back once messages have arrived. The charts below stay empty until then.</p>
          </StateMessage>
          <Charts report={report} />
        </>
      ) : report ? (
        <Charts report={report} />
      ) : null}
    </div>
  );
}

function Charts({ report }: { report: AnalyticsReport }) {
  return (
    <div className="chart-grid">
      {report.charts.map((chart) => (
        <ChartCard key={chart.id} chart={chart} report={report} />
      ))}
    </div>
  );
}

type Range = { from: string; to: string; bucket: "day" | "week" };

function RangeForm({ onApply, ...initial }: Range & { onApply: (r: Range) => void }) {
  const [range, setRange] = useState<Range>(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!range.from || !range.to) return setError("Choose both days.");
    if (range.from > range.to) return setError("The range must start before it ends.");
    setError(null);
    onApply(range);
  };
  return (
    <form className="range-form" onSubmit={submit} aria-label="Date range">
      <div className="field">
        <label htmlFor="range-from">From</label>
        <input id="range-from" type="date" value={range.from} max={range.to || undefined} onChange={(e) => setRange({ ...range, from: e.target.value })} aria-invalid={error ? true : undefined} aria-describedby={error ? "range-error" : undefined} />
      </div>
      <div className="field">
        <label htmlFor="range-to">To</label>
        <input id="range-to" type="date" value={range.to} min={range.from || undefined} onChange={(e) => setRange({ ...range, to: e.target.value })} aria-invalid={error ? true : undefined} aria-describedby={error ? "range-error" : undefined} />
      </div>
      <div className="field">
        <label htmlFor="range-bucket">Group by</label>
        <select id="range-bucket" value={range.bucket} onChange={(e) => setRange({ ...range, bucket: e.target.value as Range["bucket"] })}>
          <option value="day">Day</option>
          <option value="week">Week</option>
        </select>
      </div>
      <button type="submit" className="button button-primary">
        Show
      </button>
      <div className="presets" role="group" aria-label="Quick ranges">
        {PRESETS.map((days) => (
          <button key={days} type="button" className="button button-small button-quiet" onClick={() => onApply({ ...lastDays(days), bucket: days > 60 ? "week" : "day" })}>
            Last {days} days
          </button>
        ))}
      </div>
      {error ? (
        <p id="range-error" className="text-danger small" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
