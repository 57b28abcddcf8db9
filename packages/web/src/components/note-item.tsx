import type { Note } from "../api/notes";
import { roleLabel } from "../lib/labels";
import { formatDateTime } from "../lib/time";

/** An internal note in the thread: styled apart from messages, and marked as never sent. */
export function NoteItem({ n }: { n: Note }) {
  return (
    <li className="note">
      <article aria-label={`Internal note by ${n.authorName}`}>
        <header className="message-head">
          <span className="message-author">
            <span className="note-tag">Internal note</span> {n.authorName}
            <span className="muted"> · {roleLabel[n.authorRole as keyof typeof roleLabel] ?? n.authorRole}</span>
          </span>
          <span className="message-meta">
            <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time> · not sent
          </span>
        </header>
        <p className="message-text">{n.text}</p>
      </article>
    </li>
  );
}
