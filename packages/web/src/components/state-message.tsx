import type { ReactNode } from "react";
import { isApiError } from "../api/http";

type Props = { title: string; children?: ReactNode; tone?: "info" | "error"; action?: ReactNode };

/** Empty, error and notice states share one look so no view is ever blank. */
export function StateMessage({ title, children, tone = "info", action }: Props) {
  return (
    <div className={`notice notice-${tone}`} role={tone === "error" ? "alert" : "status"}>
      <h2>{title}</h2>
      {children ? <div>{children}</div> : null}
      {action}
    </div>
  );
}

export function ErrorState({ error, onRetry, what }: { error: unknown; onRetry: () => void; what: string }) {
  const message = isApiError(error) ? error.message : "An unexpected error occurred.";
  return (
    <StateMessage
      tone="error"
      title={`Couldn't load ${what}`}
      action={
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      }
    >
      <p>{message}</p>
    </StateMessage>
  );
}
