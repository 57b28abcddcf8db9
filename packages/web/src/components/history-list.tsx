import { useQuery } from "@tanstack/react-query";
import { historyQuery } from "../api/drafts";
import type { AuditEvent } from "../api/draft-types";
import { formatDateTime } from "../lib/time";

const actionLabel: Record<string, string> = {
  "message.received": "Message received",
  "message.triaged": "Triaged",
  "conversation.category_changed": "Category changed",
  "conversation.assigned": "Assignee changed",
  "conversation.done": "Marked done",
  "conversation.reopened": "Reopened",
  "conversation.note_added": "Internal note added",
  "draft.created": "Reply drafted",
  "draft.edited": "Reply edited",
  "draft.submitted": "Reply submitted",
  "draft.approved": "Reply approved",
  "draft.approved_with_override": "Reply approved with a safety override",
  "draft.rejected": "Reply rejected",
  "draft.approved_with_edits": "Reply approved with edits",
  "draft.sent_immediately": "Emergency guidance sent at once",
  "reply.recorded": "Reply sent",
  "reply.failed": "Sending failed",
  "reply.retry_scheduled": "Sending will be retried",
};

const describe = (e: AuditEvent) => actionLabel[e.action] ?? e.action;
const who = (e: AuditEvent) => (e.actorRole === "system" ? "Bedside" : e.actorRole);

/** Every audit event of the conversation in the server's order (oldest first): who did what, when. */
export function HistoryList({ conversationId }: { conversationId: string }) {
  const query = useQuery(historyQuery(conversationId));
  return (
    <section className="panel history" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {query.isPending ? (
        <p className="muted">Loading history…</p>
      ) : query.isError ? (
        <p className="text-danger" role="alert">
          Couldn't load the history: {query.error.message}{" "}
          <button type="button" className="button button-small" onClick={() => void query.refetch()}>
            Try again
          </button>
        </p>
      ) : query.data.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="history-list">
          {query.data.map((e) => (
            <li key={e.id}>
              <span className="history-what">{describe(e)}</span>
              <span className="muted small">
                {who(e)} · <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
