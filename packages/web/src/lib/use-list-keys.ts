import { useEffect, useRef } from "react";

type Handlers = { next: () => void; prev: () => void; open: () => void; help: () => void };

/** Typing in a field, or an open dialog, must never trigger list shortcuts. */
function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return Boolean(t.closest("input, select, textarea, [contenteditable='true'], dialog"));
}

/** Gmail-style list keys: j/k move, Enter opens, ? shows help. */
export function useListKeys(handlers: Handlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.altKey || isTypingTarget(e.target)) return;
      const h = ref.current;
      if (e.key === "j") h.next();
      else if (e.key === "k") h.prev();
      else if (e.key === "?") h.help();
      // A focused link or button handles Enter itself.
      else if (e.key === "Enter" && !(e.target instanceof HTMLElement && e.target.closest("a, button"))) h.open();
      else return;
      e.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
