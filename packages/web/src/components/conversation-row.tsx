import { Link } from "@tanstack/react-router";
import type { ConversationSummary } from "../api/types";
import { authorLabel, kindLabel } from "../lib/labels";
import { describeElapsed, formatElapsed } from "../lib/time";
import { CategoryBadge, LanguageBadge, PhiBadge, PlatformChip, StatusBadge } from "./badges";

type Props = { c: ConversationSummary; now: number; selected: boolean; onFocus: () => void };

export function ConversationRow({ c, now, selected, onFocus }: Props) {
  const urgent = c.category === "urgent";
  const waiting = c.waitingSince && c.status === "open" ? c.waitingSince : null;
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
          <span className={urgent ? "waiting waiting-urgent" : "waiting"} title={`Waiting for ${describeElapsed(waiting, now)}`}>
            <span className="sr-only">Waiting for {describeElapsed(waiting, now)}</span>
            <span aria-hidden="true">{formatElapsed(waiting, now)}</span>
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
