import { useNavigate } from "@tanstack/react-router";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useAssigneeName } from "../api/team";
import type { ConversationSummary } from "../api/types";
import { authorLabel } from "../lib/labels";
import { useNow } from "../lib/time";
import { useListKeys } from "../lib/use-list-keys";
import { ConversationRow } from "./conversation-row";

export type RowKey = "done" | "assign" | "select" | "category";

type Props = {
  items: ConversationSummary[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  meId: string;
  checked: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** e, a, c or x pressed on the current row. */
  onRowKey: (key: RowKey, c: ConversationSummary) => void;
};

export function ConversationList({ items, hasNextPage, isFetchingNextPage, fetchNextPage, meId, checked, onToggle, onRowKey }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const [selected, setSelected] = useState(-1);
  const [scrollMargin, setScrollMargin] = useState(0);
  const now = useNow();
  const navigate = useNavigate();
  const assigneeName = useAssigneeName();

  // The list scrolls with the page; its offset changes when the filter bar wraps.
  useLayoutEffect(() => {
    const measure = () => setScrollMargin((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);

  const virtualizer = useWindowVirtualizer({ count: items.length, estimateSize: () => 104, overscan: 6, scrollMargin });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= items.length - 10) fetchNextPage();
  }, [lastIndex, items.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  function select(i: number) {
    if (!items.length) return;
    const index = Math.max(0, Math.min(items.length - 1, i));
    setSelected(index);
    virtualizer.scrollToIndex(index, { align: "auto" });
    // The row may only exist after the virtualizer re-renders.
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLAnchorElement>(`[data-index="${index}"] a.row`)?.focus(),
    );
  }

  const onRow = (key: RowKey) => () => {
    const c = items[selected];
    if (c) onRowKey(key, c);
  };
  useListKeys({
    done: onRow("done"),
    assign: onRow("assign"),
    select: onRow("select"),
    category: onRow("category"),
    next: () => select(selected + 1),
    prev: () => select(selected - 1),
    open: () => {
      const c = items[selected];
      if (c) void navigate({ to: "/inbox/$conversationId", params: { conversationId: c.id } });
    },
  });

  return (
    <>
      <ul
        ref={listRef}
        className="list"
        aria-label="Conversations"
        style={{ height: virtualizer.getTotalSize(), position: "relative" }}
      >
        {rows.map((row) => {
          const c = items[row.index]!;
          return (
            <li
              key={c.id}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={hasNextPage ? -1 : items.length}
              aria-posinset={row.index + 1}
              className="list-item"
              style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
            >
              <div className="row-wrap">
                <input
                  type="checkbox"
                  className="row-check"
                  checked={checked.has(c.id)}
                  onChange={() => onToggle(c.id)}
                  onFocus={() => setSelected(row.index)}
                  aria-label={`Select ${authorLabel(c)}: ${c.preview.slice(0, 60)}`}
                />
                <ConversationRow c={c} now={now} meId={meId} selected={row.index === selected} onFocus={() => setSelected(row.index)} assigneeName={assigneeName} />
              </div>
            </li>
          );
        })}
      </ul>
      <p className="list-foot" role="status">
        {isFetchingNextPage ? "Loading more…" : hasNextPage ? "" : `${items.length} conversations`}
      </p>
    </>
  );
}
