import { useAssigneeName } from "../api/team";
import type { useConversationPatch } from "../api/use-conversation-patch";
import { categories, type ConversationSummary, type SessionUser } from "../api/types";
import { categoryLabel } from "../lib/labels";

type Props = { c: ConversationSummary; me: SessionUser; patch: ReturnType<typeof useConversationPatch> };

/** Category, done and assignee: the triage decisions staff make on a thread (keys c, e, a). */
export function TriageActions({ c, me, patch }: Props) {
  const mine = c.assigneeId === me.id;
  const busy = patch.isPending;
  const assigneeName = useAssigneeName();
  return (
    <div className="triage-actions">
      <div className="field">
        <label htmlFor="triage-category">
          Category <kbd aria-hidden="true">c</kbd>
        </label>
        <select
          id="triage-category"
          value={c.category}
          disabled={busy}
          aria-describedby="triage-category-hint"
          onChange={(e) => patch.mutate({ category: e.target.value as ConversationSummary["category"] })}
        >
          {categories.map((k) => (
            <option key={k} value={k}>
              {categoryLabel[k]}
            </option>
          ))}
        </select>
        <p id="triage-category-hint" className="muted small">
          Changing it re-drafts the reply.
          {c.engineCategory && c.engineCategory !== c.category ? ` Triage said ${categoryLabel[c.engineCategory]}.` : ""}
        </p>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => patch.mutate({ status: c.status === "open" ? "done" : "open" })}
        >
          {c.status === "open" ? "Mark done" : "Reopen"} <kbd aria-hidden="true">e</kbd>
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => patch.mutate({ assigneeId: mine ? null : me.id })}
        >
          {mine ? "Unassign me" : "Assign to me"} <kbd aria-hidden="true">a</kbd>
        </button>
      </div>
      <p className="muted small">
        Assigned to: {c.assigneeId ? assigneeName(c.assigneeId, me.id) : "nobody"}
      </p>
      <p role="status" className="small">
        {busy ? "Saving…" : ""}
      </p>
      {patch.errorMessage ? (
        <p className="banner banner-error" role="alert">
          {patch.errorMessage}
        </p>
      ) : null}
    </div>
  );
}
