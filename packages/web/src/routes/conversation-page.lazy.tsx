import { useQuery } from "@tanstack/react-query";
import { createLazyRoute, getRouteApi, Link, useRouteContext, useRouter } from "@tanstack/react-router";
import { conversationQuery } from "../api/conversations";
import { isApiError } from "../api/http";
import { ConversationView } from "../components/conversation-view";
import { ErrorState, StateMessage } from "../components/state-message";
import { kindLabel, platformLabel } from "../lib/labels";
import { usePageTitle } from "../lib/use-page-title";

const route = getRouteApi("/_app/inbox/$conversationId");

export const conversationLazyRoute = createLazyRoute("/_app/inbox/$conversationId")({ component: ConversationPage });

function BackLink() {
  const router = useRouter();
  // Going back keeps the inbox's filters and scroll position.
  return (
    <Link
      to="/inbox"
      search={{ status: "open" }}
      className="back"
      onClick={(e) => {
        if (router.history.canGoBack()) {
          e.preventDefault();
          router.history.back();
        }
      }}
    >
      <span aria-hidden="true">←</span> Inbox
    </Link>
  );
}

function ConversationPage() {
  const { conversationId } = route.useParams();
  const { user } = useRouteContext({ from: "/_app" });
  const query = useQuery(conversationQuery(conversationId));
  // No author names in the title: it lands in browser history.
  const c0 = query.data?.conversation;
  usePageTitle(c0 ? `${kindLabel[c0.kind]} on ${platformLabel[c0.platform]}` : "Conversation");

  if (query.isPending)
    return (
      <div className="page-pending" role="status">
        <span className="spinner" aria-hidden="true" />
        Loading conversation…
      </div>
    );
  // A failed background refresh keeps showing what was loaded.
  if (query.isError && !query.data) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <div className="thread">
        <BackLink />
        {notFound ? (
          <StateMessage title="Conversation not found" tone="error">
            <p>It may have been removed, or it belongs to another practice.</p>
          </StateMessage>
        ) : (
          <ErrorState what="this conversation" error={query.error} onRetry={() => void query.refetch()} />
        )}
      </div>
    );
  }

  return (
    <div className="thread">
      <BackLink />
      <ConversationView data={query.data} me={user} />
    </div>
  );
}
