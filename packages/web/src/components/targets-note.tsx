import { categories } from "../api/types";
import { categoryLabel } from "../lib/labels";
import { defaultResponseTargets, formatTarget } from "../lib/response-targets";

/** Says where the waiting-time targets come from: built-in defaults until practice settings exist. */
export function TargetsNote() {
  const parts = categories.flatMap((c) => {
    const t = defaultResponseTargets[c];
    return t ? [`${categoryLabel[c]} ${formatTarget(t)}`] : [];
  });
  return (
    <details className="targets-note small">
      <summary>Waiting times are shown against default response targets</summary>
      <p className="muted">
        Default targets: {parts.join(", ")}. A practice will set its own once settings are available. Amber means the
        last quarter of the target; red with “!” means overdue.
      </p>
    </details>
  );
}
