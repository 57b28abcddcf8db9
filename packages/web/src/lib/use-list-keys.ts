import { useEffect, useRef } from "react";

type Handlers = Partial<Record<"next" | "prev" | "open" | "help" | "done" | "assign" | "category" | "reply" | "select", () => void>>;

/** Typing in a field, or an open dialog, must never trigger list shortcuts. */
function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return Boolean(t.closest("input, select, textarea, [contenteditable='true'], dialog"));
}

/**
 * Gmail-style keys: j/k move, Enter opens, ? shows help, e marks done, a assigns to me,
 * c changes category, r focuses the reply, x selects. Unset handlers leave the key alone.
 */
export function useListKeys(handlers: Handlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.altKey || isTypingTarget(e.target)) return;
      const h = ref.current;
      // A focused link or button handles Enter itself.
      const onControl = e.target instanceof HTMLElement && Boolean(e.target.closest("a, button"));
      const action = {
        j: h.next,
        k: h.prev,
        "?": h.help,
        e: h.done,
        a: h.assign,
        c: h.category,
        r: h.reply,
        x: h.select,
        Enter: onControl ? undefined : h.open,
      }[e.key];
      if (!action) return;
      action();
      e.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
