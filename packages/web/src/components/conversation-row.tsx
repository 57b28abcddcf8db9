import { Link } from "@tanstack/react-router";
import type { ConversationSummary } from "../api/types";
import { authorLabel, kindLabel } from "../lib/labels";
import { formatTarget, targetState } from "../lib/response-targets";
import { describeElapsed, formatElapsed } from "../lib/time";
import { CategoryBadge, LanguageBadge, PhiBadge, PlatformChip, StatusBadge } from "./badges";

type Props = {
  c: ConversationSummary;
  now: number;
  selected: boolean;
  meId: string;
  onFocus: () => void;
  assigneeName: (assigneeId: string, meId: string) => string;
};

export function ConversationRow({ c, now, selected, meId, onFocus, assigneeName }: Props) {
  const urgent = c.category === "urgent";
  const waiting = c.waitingSince && c.status === "open" ? c.waitingSince : null;
  const target = waiting ? targetState(c.category, waiting, now) : null;
  return (
    <Link
      to="/inbox/$conversationId"
      params={{ conversationId: c.id }}
      className={`row${urgent ? " row-urgent" : ""}${selected ? " row-selected" : ""}`}
      onFocus={onFocus}
      data-selected={selected || undefined}
    >
      <PlatformChip platform={c.platform} />
      <div className="row-body">
        <div className="row-head">
          <span className="row-author">{authorLabel(c)}</span>
          <span className="row-kind">{kindLabel[c.kind]}</span>
          {c.messageCount > 1 ? <span className="row-count">· {c.messageCount} messages</span> : null}
          {c.assigneeId ? <span className="row-assignee">· Assigned to {assigneeName(c.assigneeId, meId)}</span> : null}
        </div>
        <p className="row-preview">{c.preview}</p>
        <div className="row-badges">
          <CategoryBadge category={c.category} reasons={c.reasons} />
          {c.containsPhi ? <PhiBadge /> : null}
          <LanguageBadge language={c.language} />
        </div>
      </div>
      <div className="row-time">
        {waiting ? (
          <span className={`waiting waiting-${target?.state ?? "none"}`} title={`Waiting for ${describeElapsed(waiting, now)}`}>
            <span className="sr-only">
              Waiting for {describeElapsed(waiting, now)}
              {target ? `, target ${formatTarget(target.target)}${target.state === "late" ? ", overdue" : ""}` : ""}
            </span>
            <span aria-hidden="true">
              {target?.state === "late" ? "! " : ""}
              {formatElapsed(waiting, now)}
              {target ? <span className="target"> / {formatTarget(target.target)}</span> : null}
            </span>
          </span>
        ) : (
          <span className="replied" title={`Last message ${describeElapsed(c.lastMessageAt, now)} ago`}>
            <span className="sr-only">Last message {describeElapsed(c.lastMessageAt, now)} ago</span>
            <span aria-hidden="true">{formatElapsed(c.lastMessageAt, now)}</span>
          </span>
        )}
        <StatusBadge status={c.status} />
      </div>
    </Link>
  );
}
