import { categories, platforms } from "../api/types";
import { categoryLabel, platformLabel } from "../lib/labels";
import type { InboxSearch } from "../routes/inbox-search";

type Props = { search: InboxSearch; onChange: (next: Partial<InboxSearch>) => void };

/** Filter selects; each change goes into the URL, which drives the query. */
export function InboxFilters({ search, onChange }: Props) {
  return (
    <form className="filters" aria-label="Filter conversations" onSubmit={(e) => e.preventDefault()}>
      <div className="field field-inline">
        <label htmlFor="filter-status">Status</label>
        <select
          id="filter-status"
          value={search.status}
          onChange={(e) => onChange({ status: e.target.value as InboxSearch["status"] })}
        >
          <option value="open">Open</option>
          <option value="done">Done</option>
          <option value="all">All</option>
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor="filter-category">Category</label>
        <select
          id="filter-category"
          value={search.category ?? ""}
          onChange={(e) => onChange({ category: (e.target.value || undefined) as InboxSearch["category"] })}
        >
          <option value="">All</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {categoryLabel[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor="filter-platform">Platform</label>
        <select
          id="filter-platform"
          value={search.platform ?? ""}
          onChange={(e) => onChange({ platform: (e.target.value || undefined) as InboxSearch["platform"] })}
        >
          <option value="">All</option>
          {platforms.map((p) => (
            <option key={p} value={p}>
              {platformLabel[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor="filter-assignee">Assignee</label>
        <select
          id="filter-assignee"
          value={search.assignee ?? ""}
          onChange={(e) => onChange({ assignee: (e.target.value || undefined) as InboxSearch["assignee"] })}
        >
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="unassigned">Unassigned</option>
        </select>
      </div>
      <div className="field field-inline field-date">
        <label htmlFor="filter-from">Last message from</label>
        <input
          id="filter-from"
          type="date"
          value={search.from ?? ""}
          max={search.to}
          onChange={(e) => onChange({ from: e.target.value || undefined })}
        />
      </div>
      <div className="field field-inline field-date">
        <label htmlFor="filter-to">to</label>
        <input
          id="filter-to"
          type="date"
          value={search.to ?? ""}
          min={search.from}
          onChange={(e) => onChange({ to: e.target.value || undefined })}
        />
      </div>
    </form>
  );
}
