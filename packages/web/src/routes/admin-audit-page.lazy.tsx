import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { createLazyRoute, useNavigate, useSearch } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { type AuditFilter, auditCsvUrl, type AuditRow, type UserRow, usersQuery } from "../api/admin";
import { apiRequest, toQuery } from "../api/http";
import { ErrorState, StateMessage } from "../components/state-message";
import { formatDateTime } from "../lib/time";
import { usePageTitle } from "../lib/use-page-title";

export const adminAuditLazyRoute = createLazyRoute("/_app/admin/audit")({ component: AuditPage });

type Page = { items: AuditRow[]; nextCursor: string | null; from: string; to: string };

/**
 * Every audit event, newest first, filtered by actor, action (or a prefix such as "draft."),
 * entity and date. Append-only: nothing here (or in the API) edits or deletes an event.
 */
function AuditPage() {
  usePageTitle("Audit log");
  const filter = useSearch({ from: "/_app/admin/audit" });
  const navigate = useNavigate({ from: "/admin/audit" });
  const query = useInfiniteQuery({
    queryKey: ["admin", "audit", filter],
    queryFn: ({ pageParam, signal }) => apiRequest<Page>(`/api/audit${toQuery({ ...filter, cursor: pageParam, limit: 50 })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const users = useQuery(usersQuery).data ?? [];
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const range = query.data?.pages[0];

  return (
    <section className="admin-page" aria-labelledby="audit-title">
      <div className="page-head">
        <h1 id="audit-title">Audit log</h1>
        <a className="button" href={auditCsvUrl(filter)} download>
          Download CSV
        </a>
      </div>
      <AuditFilterForm key={JSON.stringify(filter)} filter={filter} users={users} onApply={(next) => void navigate({ search: next })} />
      <p className="small muted">
        Events are written once and never changed or deleted. This export, the practice settings and the approval records make up the evidence pack for an auditor.
        {range ? ` Showing ${range.from} to ${range.to}.` : ""}
      </p>
      {query.isPending ? (
        <div className="page-pending" role="status">
          <span className="spinner" aria-hidden="true" />
          Loading the audit log…
        </div>
      ) : query.isError && rows.length === 0 ? (
        <ErrorState what="the audit log" error={query.error} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <StateMessage title="No events match">
          <p>Widen the dates or clear a filter.</p>
        </StateMessage>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table audit-table">
              <caption className="sr-only">Audit events, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Action</th>
                  <th scope="col">Entity</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <time dateTime={r.at}>{formatDateTime(r.at)}</time>
                    </td>
                    <td>
                      {nameOf.get(r.actorId) ?? <code>{r.actorId}</code>} <span className="muted small">({r.actorRole})</span>
                    </td>
                    <th scope="row">{r.action}</th>
                    <td>
                      {r.entityType} <code>{r.entityId}</code>
                    </td>
                    <td className="details">{r.meta ? Object.entries(r.meta).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join("; ") : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="list-foot">
            {query.hasNextPage ? (
              <button type="button" className="button" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                {query.isFetchingNextPage ? "Loading…" : "Load older events"}
              </button>
            ) : (
              <span className="muted small">{rows.length} events: the whole range.</span>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function AuditFilterForm({ filter, users, onApply }: { filter: AuditFilter; users: UserRow[]; onApply: (f: AuditFilter) => void }) {
  const [form, setForm] = useState<AuditFilter>(filter);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = Object.fromEntries(Object.entries(form).filter(([, v]) => v)) as AuditFilter;
    onApply(clean);
  };
  const field = (key: keyof AuditFilter, label: string, type = "text", help?: string) => (
    <div className="field">
      <label htmlFor={`audit-${key}`}>{label}</label>
      <input id={`audit-${key}`} type={type} maxLength={80} value={form[key] ?? ""} onChange={(e) => setForm({ ...form, [key]: e.target.value })} placeholder={help} />
    </div>
  );
  return (
    <form className="panel filter-form" onSubmit={submit} aria-label="Filter the audit log">
      {field("from", "From", "date")}
      {field("to", "To", "date")}
      <div className="field">
        <label htmlFor="audit-actor">Actor</label>
        <select id="audit-actor" value={form.actor ?? ""} onChange={(e) => setForm({ ...form, actor: e.target.value })}>
          <option value="">Anyone</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
          {form.actor && !users.some((u) => u.id === form.actor) ? <option value={form.actor}>{form.actor}</option> : null}
        </select>
      </div>
      {field("action", "Action", "text", "draft. or user.updated")}
      {field("entity", "Entity id", "text", "cnv_…")}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Filter
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setForm({});
            onApply({});
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
