import { useEffect } from "react";

/** Each page names itself, so tabs, history and screen readers can tell pages apart. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Bedside` : "Bedside";
  }, [title]);
}
