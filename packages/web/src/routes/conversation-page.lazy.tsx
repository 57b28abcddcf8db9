import { useQuery } from "@tanstack/react-query";
import { createLazyRoute, getRouteApi, Link, useRouter } from "@tanstack/react-router";
import { conversationQuery } from "../api/conversations";
import { isApiError } from "../api/http";
import { PlatformChip } from "../components/badges";
import { MessageItem } from "../components/message-item";
import { ErrorState, StateMessage } from "../components/state-message";
import { TriagePanel, UrgentCallout } from "../components/triage-panel";
import { authorLabel, kindLabel, platformLabel } from "../lib/labels";
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
  if (query.isError) {
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

  const { conversation: c, messages } = query.data;
  const platformName = platformLabel[c.platform];
  return (
    <div className="thread">
      <BackLink />
      <div className="thread-head">
        <PlatformChip platform={c.platform} />
        <div>
          <h1>{authorLabel(c)}</h1>
          <p className="muted">
            {kindLabel[c.kind]} on {platformName} · {c.messageCount} {c.messageCount === 1 ? "message" : "messages"}
            {c.url ? (
              <>
                {" · "}
                <a href={c.url} target="_blank" rel="noreferrer noopener">
                  Open on {platformName}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              </>
            ) : null}
          </p>
        </div>
      </div>
      {c.category === "urgent" ? <UrgentCallout /> : null}
      <div className="thread-grid">
        <section className="thread-messages" aria-labelledby="messages-title">
          <h2 id="messages-title" className="sr-only">
            Messages
          </h2>
          {c.context?.text || c.context?.url ? (
            <figure className="context">
              <figcaption>In reply to the practice's post</figcaption>
              {c.context.text ? <blockquote>{c.context.text}</blockquote> : null}
              {c.context.url ? (
                <a href={c.context.url} target="_blank" rel="noreferrer noopener">
                  View the post<span className="sr-only"> (opens in a new tab)</span>
                </a>
              ) : null}
            </figure>
          ) : null}
          <ol className="messages">
            {messages.map((m) => (
              <MessageItem key={m.id} m={m} platformName={platformName} />
            ))}
          </ol>
        </section>
        <TriagePanel c={c} />
      </div>
    </div>
  );
}
