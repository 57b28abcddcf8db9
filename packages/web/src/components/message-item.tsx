import type { Message } from "../api/types";
import { authorLabel, kindLabel } from "../lib/labels";
import { formatDateTime } from "../lib/time";
import { CategoryBadge, LanguageBadge, PhiBadge } from "./badges";

/** One message in a thread; inbound on the left, the practice's replies on the right. */
export function MessageItem({ m, platformName }: { m: Message; platformName: string }) {
  const inbound = m.direction === "inbound";
  return (
    <li className={`message message-${m.direction}`}>
      <article aria-label={`${inbound ? "From" : "Reply by"} ${authorLabel(m)}`}>
        <header className="message-head">
          <span className="message-author">
            {inbound ? authorLabel(m) : (m.authorName ?? "Practice")}
            {inbound && m.authorName && m.authorHandle ? <span className="muted"> ({m.authorName})</span> : null}
          </span>
          <span className="message-meta">
            {kindLabel[m.kind]} · <time dateTime={m.sentAt}>{formatDateTime(m.sentAt)}</time>
            {m.edited ? " · edited" : null}
          </span>
        </header>
        {m.deleted ? (
          <p className="message-text muted">This message was deleted by its author.</p>
        ) : (
          <p className="message-text">{m.text}</p>
        )}
        <footer className="message-foot">
          {m.category ? <CategoryBadge category={m.category} reasons={m.reasons ?? []} /> : null}
          {m.containsPhi ? <PhiBadge /> : null}
          {m.language ? <LanguageBadge language={m.language} /> : null}
          {m.url ? (
            <a href={m.url} target="_blank" rel="noreferrer noopener" className="external">
              View on {platformName}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : null}
        </footer>
      </article>
    </li>
  );
}
