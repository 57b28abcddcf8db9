import { createLazyRoute, Link, useRouteContext } from "@tanstack/react-router";
import { StateMessage } from "../components/state-message";
import { usePageTitle } from "../lib/use-page-title";

export const approvalsLazyRoute = createLazyRoute("/_app/approvals")({ component: ApprovalsPage });

function ApprovalsPage() {
  usePageTitle("Approvals");
  const { user } = useRouteContext({ from: "/_app" });
  const canApprove = user.role === "physician" || user.role === "admin";
  return (
    <div className="approvals">
      <div className="page-head">
        <h1>Approvals</h1>
      </div>
      {canApprove ? (
        <StateMessage title="No drafts waiting for approval">
          <p>Drafted replies that need a physician's decision will be listed here.</p>
        </StateMessage>
      ) : (
        <StateMessage title="Approvals are for physicians and admins">
          <p>
            Your role can draft replies but not approve them. <Link to="/inbox" search={{ status: "open" }}>Back to the inbox</Link>.
          </p>
        </StateMessage>
      )}
    </div>
  );
}
