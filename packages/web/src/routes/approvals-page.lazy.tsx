import { useQuery } from "@tanstack/react-query";
import { createLazyRoute, Link, useRouteContext } from "@tanstack/react-router";
import { approvalsQuery } from "../api/drafts";
import { ApprovalCard } from "../components/approval-card";
import { ErrorState, StateMessage } from "../components/state-message";
import { useNow } from "../lib/time";
import { usePageTitle } from "../lib/use-page-title";

export const approvalsLazyRoute = createLazyRoute("/_app/approvals")({ component: ApprovalsPage });

/** The approval queue, oldest first, built to be cleared from a phone between patients. */
function ApprovalsPage() {
  const { user } = useRouteContext({ from: "/_app" });
  const query = useQuery(approvalsQuery);
  const now = useNow();
  const count = query.data?.length ?? 0;
  usePageTitle(count ? `(${count}) Approvals` : "Approvals");

  return (
    <div className="approvals">
      <div className="page-head">
        <h1>Approvals</h1>
        {count ? <span className="count-pill">{count} waiting</span> : null}
      </div>
      {query.isPending ? (
        <div className="page-pending" role="status">
          <span className="spinner" aria-hidden="true" />
          Loading the queue…
        </div>
      ) : query.isError && !query.data ? (
        <ErrorState what="the approval queue" error={query.error} onRetry={() => void query.refetch()} />
      ) : count === 0 ? (
        <StateMessage title="No drafts waiting for your approval">
          <p>
            Drafted replies that need your decision appear here, oldest first.{" "}
            <Link to="/inbox" search={{ status: "open" }}>
              Go to the inbox
            </Link>
            .
          </p>
        </StateMessage>
      ) : (
        <ol className="approval-list" aria-label="Drafts awaiting your decision, oldest first">
          {query.data!.map((item) => (
            <li key={item.draft.id}>
              <ApprovalCard item={item} role={user.role} now={now} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
