import { useState } from "react";

/** A destructive action in two steps, without a browser dialog: the first press asks, the second does it. */
export function ConfirmButton({ label, confirmLabel, onConfirm, pending, what }: { label: string; confirmLabel: string; onConfirm: () => void; pending?: boolean; what: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button-small" onClick={() => setAsking(true)}>
        {label}
        <span className="sr-only"> {what}</span>
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={`Confirm: ${label} ${what}`}>
      <button
        type="button"
        className="button button-small button-danger"
        disabled={pending}
        autoFocus
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
