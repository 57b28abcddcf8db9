import { Link } from "@tanstack/react-router";
import type { ApprovalItem } from "../api/draft-types";
import type { Role } from "../api/types";
import { authorLabel, sourceLabel } from "../lib/labels";
import { describeElapsed, formatElapsed } from "../lib/time";
import { CategoryBadge, PhiBadge, PlatformChip } from "./badges";
import { DecisionActions } from "./decision-actions";
import { HighlightedText, ViolationList } from "./safety-text";

type Props = { item: ApprovalItem; role: Role; now: number };

/** One draft awaiting a decision: what was asked, what we'd answer, whether it's safe, and why triage chose it. */
export function ApprovalCard({ item, role, now }: Props) {
  const { draft, conversation: c, message } = item;
  const since = draft.submittedAt ?? draft.createdAt;
  const titleId = `approval-${draft.id}`;
  return (
    <article className="approval" aria-labelledby={titleId}>
      <header className="approval-head">
        <PlatformChip platform={c.platform} />
        <div className="approval-who">
          <h2 id={titleId}>{authorLabel(c)}</h2>
          <p className="muted small">
            {sourceLabel(c.kind, c.platform)} · waiting{" "}
            <span title={describeElapsed(since, now)}>{formatElapsed(since, now)}</span>
          </p>
        </div>
      </header>
      <div className="row-badges">
        <CategoryBadge category={c.category} reasons={c.reasons} />
        {c.containsPhi ? <PhiBadge /> : null}
      </div>
      {c.reasons.length ? (
        <p className="small muted">
          <span className="approval-label">Triage: </span>
          {c.reasons.join("; ")}
        </p>
      ) : null}
      <div>
        <h3 className="approval-label">They wrote</h3>
        <blockquote className="approval-message">{message}</blockquote>
      </div>
      <div>
        <h3 className="approval-label">Proposed reply {draft.private ? "(private)" : "(public)"}</h3>
        <p className="approval-draft">
          <HighlightedText text={draft.text} violations={draft.safety.violations} />
        </p>
      </div>
      <ViolationList safety={draft.safety} />
      <DecisionActions key={draft.version} conversationId={c.id} draft={draft} role={role} />
      <Link to="/inbox/$conversationId" params={{ conversationId: c.id }} className="small">
        Open the whole conversation
      </Link>
    </article>
  );
}
