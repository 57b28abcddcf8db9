import { useState } from "react";
import { categories, type Category, type ConversationSummary } from "../api/types";
import { describeBulkResult, type useBulkPatch } from "../api/use-bulk-patch";
import { categoryLabel } from "../lib/labels";

type Props = {
  selected: ConversationSummary[];
  meId: string;
  onClear: () => void;
  /** Shared with the page's keyboard shortcuts, so both report in the same status line. */
  bulk: ReturnType<typeof useBulkPatch>;
};

/** Actions on every selected conversation: mark done, assign to me, change category. */
export function BulkBar({ selected, meId, onClear, bulk }: Props) {
  const [category, setCategory] = useState<Category | "">("");
  const busy = bulk.isPending;
  const run = (what: string, patch: Parameters<typeof bulk.mutate>[0]["patch"]) =>
    bulk.mutate({ items: selected, patch, what }, { onSuccess: (r) => r.conflicts + r.failed === 0 && onClear() });

  return (
    <>
      {selected.length ? (
        <div className="bulk-bar" role="region" aria-label="Bulk actions">
          <strong>{selected.length} selected</strong>
          <button type="button" className="button button-small" disabled={busy} onClick={() => run("Marked done", { status: "done" })}>
            Mark done
          </button>
          <button type="button" className="button button-small" disabled={busy} onClick={() => run("Assigned to you", { assigneeId: meId })}>
            Assign to me
          </button>
          <label htmlFor="bulk-category" className="sr-only">
            New category
          </label>
          <select id="bulk-category" className="select-small" value={category} onChange={(e) => setCategory(e.target.value as Category | "")}>
            <option value="">Change category…</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryLabel[c]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small"
            disabled={busy || !category}
            onClick={() => category && run(`Moved to ${categoryLabel[category]}`, { category })}
          >
            Apply
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onClear} disabled={busy}>
            Clear selection
          </button>
        </div>
      ) : null}
      <p role="status" className={bulk.data && (bulk.data.conflicts || bulk.data.failed) ? "banner banner-error" : "small muted"}>
        {busy ? "Updating…" : bulk.data ? describeBulkResult(bulk.data) : bulk.isError ? bulk.error.message : ""}
      </p>
    </>
  );
}
