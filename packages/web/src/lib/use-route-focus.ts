import { useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";

/**
 * After client-side navigation to another page, move focus to <main> so keyboard
 * and screen-reader users start at the new content rather than a stale link.
 * Search-param changes (inbox filters) keep focus where it is.
 */
export function useRouteFocus() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname]);
}
