import { useInfiniteQuery } from "@tanstack/react-query";
import { createLazyRoute, getRouteApi, Link, useRouteContext } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { conversationsQuery, inboxFilters } from "../api/conversations";
import type { ConversationSummary } from "../api/types";
import { type BulkResult, useBulkPatch } from "../api/use-bulk-patch";
import { BulkBar } from "../components/bulk-bar";
import { ConversationList, type RowKey } from "../components/conversation-list";
import { InboxFilters } from "../components/inbox-filters";
import { ShortcutsDialog } from "../components/shortcuts-dialog";
import { ErrorState, StateMessage } from "../components/state-message";
import { TargetsNote } from "../components/targets-note";
import { UrgentBanner } from "../components/urgent-banner";
import { inboxView } from "../lib/inbox-view";
import { useListKeys } from "../lib/use-list-keys";
import { usePageTitle } from "../lib/use-page-title";
import type { InboxSearch } from "./inbox-search";

const route = getRouteApi("/_app/inbox");

export const inboxLazyRoute = createLazyRoute("/_app/inbox")({ component: InboxPage });

function InboxPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { user } = useRouteContext({ from: "/_app" });
  const [helpOpen, setHelpOpen] = useState(false);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const query = useInfiniteQuery(conversationsQuery(inboxFilters(search, user.id)));
  const rowPatch = useBulkPatch();
  const loaded = query.data?.pages.flatMap((p) => p.items) ?? [];
  const { items, urgentCount } = inboxView(loaded, search, user.id);
  const selected = items.filter((c) => checked.has(c.id));
  const filtered = search.status !== "open" || Boolean(search.category || search.platform || search.assignee || search.from || search.to);
  // Date and assignee filters can leave a page short: keep reading until a screenful or the end.
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError && items.length < 20) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, items.length, fetchNextPage]);
  usePageTitle(urgentCount ? `(${urgentCount} urgent) Inbox` : "Inbox");

  const toggle = (id: string) =>
    setChecked((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // c opens the bulk bar's category choice; with nothing selected it selects the current row first.
  const [categoryAsked, setCategoryAsked] = useState(0);
  useEffect(() => {
    if (categoryAsked) document.getElementById("bulk-category")?.focus();
  }, [categoryAsked]);
  // e and a act on the selection when there is one, else on the current row.
  function onRowKey(key: RowKey, c: ConversationSummary) {
    if (key === "select") return toggle(c.id);
    if (key === "category") {
      if (!selected.length) setChecked(new Set([c.id]));
      return setCategoryAsked((n) => n + 1);
    }
    const targets = selected.length ? selected : [c];
    const clearIfAllDone = { onSuccess: (r: BulkResult) => void (selected.length && r.conflicts + r.failed === 0 && setChecked(new Set())) };
    if (key === "done") rowPatch.mutate({ items: targets, patch: { status: "done" }, what: "Marked done" }, clearIfAllDone);
    if (key === "assign") rowPatch.mutate({ items: targets, patch: { assigneeId: user.id }, what: "Assigned to you" }, clearIfAllDone);
  }
  useListKeys({ help: () => setHelpOpen(true) });

  // Each filter change is a history entry: Back undoes it.
  const setFilters = (next: Partial<InboxSearch>) => void navigate({ search: (prev) => ({ ...prev, ...next }) });

  return (
    <div className="inbox">
      <div className="page-head">
        <h1>Inbox</h1>
        <button type="button" className="button button-quiet button-small" onClick={() => setHelpOpen(true)}>
          <span aria-hidden="true">?</span> Shortcuts
        </button>
      </div>
      <UrgentBanner count={search.category === "urgent" ? 0 : urgentCount} />
      <InboxFilters search={search} onChange={setFilters} />
      <TargetsNote />
      <BulkBar selected={selected} meId={user.id} onClear={() => setChecked(new Set())} bulk={rowPatch} />
      {query.isError && loaded.length ? (
        <p className="banner banner-error" role="alert">
          Couldn't refresh the inbox: {query.error.message} Showing what was last loaded.
        </p>
      ) : null}
      {query.isPending ? (
        <div className="page-pending" role="status">
          <span className="spinner" aria-hidden="true" />
          Loading conversations…
        </div>
      ) : query.isError && !loaded.length ? (
        <ErrorState what="the inbox" error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 && query.hasNextPage ? (
        <div className="page-pending" role="status">
          <span className="spinner" aria-hidden="true" />
          Looking further back…
        </div>
      ) : items.length === 0 ? (
        <StateMessage title={filtered ? "No conversations match these filters" : "All caught up"}>
          {filtered ? (
            <p>
              <Link to="/inbox" search={{ status: "open" }}>
                Clear filters
              </Link>{" "}
              to see every open conversation.
            </p>
          ) : (
            <p>No open conversations are waiting. New messages appear here automatically.</p>
          )}
        </StateMessage>
      ) : (
        <ConversationList
          items={items}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          fetchNextPage={() => void query.fetchNextPage()}
          meId={user.id}
          checked={checked}
          onToggle={toggle}
          onRowKey={onRowKey}
        />
      )}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
