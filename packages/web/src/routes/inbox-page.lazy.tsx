import { useInfiniteQuery } from "@tanstack/react-query";
import { createLazyRoute, getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { conversationsQuery } from "../api/conversations";
import { ConversationList } from "../components/conversation-list";
import { InboxFilters } from "../components/inbox-filters";
import { ShortcutsDialog } from "../components/shortcuts-dialog";
import { ErrorState, StateMessage } from "../components/state-message";
import { useListKeys } from "../lib/use-list-keys";
import { usePageTitle } from "../lib/use-page-title";
import type { InboxSearch } from "./inbox-search";

const route = getRouteApi("/_app/inbox");

export const inboxLazyRoute = createLazyRoute("/_app/inbox")({ component: InboxPage });

function InboxPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [helpOpen, setHelpOpen] = useState(false);
  useListKeys({ help: () => setHelpOpen(true) });
  const query = useInfiniteQuery(conversationsQuery(search));
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = search.status !== "open" || Boolean(search.category || search.platform);
  const urgentCount = items.filter((c) => c.category === "urgent" && c.status === "open").length;
  usePageTitle(urgentCount ? `(${urgentCount} urgent) Inbox` : "Inbox");

  const setFilters = (next: Partial<InboxSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });

  return (
    <div className="inbox">
      <div className="page-head">
        <h1>Inbox</h1>
        <button type="button" className="button button-quiet button-small" onClick={() => setHelpOpen(true)}>
          <span aria-hidden="true">?</span> Shortcuts
        </button>
      </div>
      <InboxFilters search={search} onChange={setFilters} />
      {query.isError && items.length ? (
        <p className="banner banner-error" role="alert">
          Couldn't refresh the inbox: {query.error.message} Showing what was last loaded.
        </p>
      ) : null}
      {query.isPending ? (
        <div className="page-pending" role="status">
          <span className="spinner" aria-hidden="true" />
          Loading conversations…
        </div>
      ) : query.isError && !items.length ? (
        <ErrorState what="the inbox" error={query.error} onRetry={() => void query.refetch()} />
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
        />
      )}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
