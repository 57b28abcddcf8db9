import type { Draft } from "../api/draft-types";
import { formatDateTime } from "../lib/time";

const approverWords = (d: Draft) =>
  d.approvers.includes("staff") ? "staff or a physician" : d.approvers.includes("physician") ? "a physician" : "an admin";

/** Where the reply stands: waiting, approved, sending, retrying, sent or failed (with the platform's error). */
export function ReplyStatus({ d }: { d: Draft }) {
  const attempts = d.send.attempts ? ` after ${d.send.attempts} ${d.send.attempts === 1 ? "attempt" : "attempts"}` : "";
  switch (d.status) {
    case "draft":
      return null;
    case "submitted":
      return <p className="reply-status reply-waiting">Waiting for approval by {approverWords(d)}.</p>;
    case "rejected":
      return (
        <p className="reply-status reply-rejected">
          Rejected{d.rejectionReason ? `: ${d.rejectionReason}` : "."} Edit the reply and submit it again.
        </p>
      );
    case "approved":
    case "sending":
      return <p className="reply-status reply-sending">Approved. Sending…</p>;
    case "retrying":
      return (
        <p className="reply-status reply-retrying">
          Retrying{attempts}. Last error: {d.send.lastError ?? "unknown"}
          {d.send.nextAttemptAt ? `. Next try ${formatDateTime(d.send.nextAttemptAt)}.` : ""}
        </p>
      );
    case "sent":
      return (
        <p className="reply-status reply-sent">
          <span aria-hidden="true">✓ </span>Reply sent{d.send.sentAt ? ` ${formatDateTime(d.send.sentAt)}` : ""}.
        </p>
      );
    case "failed":
      return (
        <p className="reply-status reply-failed" role="alert">
          Sending failed{attempts}: {d.send.lastError ?? "unknown error"}
        </p>
      );
    default:
      return null;
  }
}

/** What the submit button says: who must approve, or that it goes out now. */
export function submitLabel(d: Draft): string {
  if (d.category === "urgent") return "Send emergency guidance now";
  if (d.approvers.includes("staff")) return "Submit for approval (staff or physician)";
  if (d.approvers.includes("physician")) return "Submit for physician approval";
  return "Submit for approval";
}
