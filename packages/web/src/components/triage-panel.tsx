import type { ConversationSummary } from "../api/types";
import { categoryHint, categoryLabel, languageLabel } from "../lib/labels";
import { CategoryBadge } from "./badges";

/** What triage decided for the thread and why, so staff can judge it at a glance. */
export function TriagePanel({ c }: { c: ConversationSummary }) {
  return (
    <section className={`panel triage${c.category === "urgent" ? " triage-urgent" : ""}`} aria-labelledby="triage-title">
      <h2 id="triage-title">Triage</h2>
      {c.category === "urgent" ? (
        <p className="urgent-callout" role="note">
          <strong>Possible emergency.</strong> Reply only with emergency guidance: call 911 or go to the nearest
          emergency department; 988 for thoughts of suicide or self-harm.
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>Category</dt>
          <dd>
            <CategoryBadge category={c.category} reasons={c.reasons} /> <span className="muted">{categoryHint[c.category]}</span>
          </dd>
        </div>
        <div>
          <dt>Reasons</dt>
          <dd>
            {c.reasons.length ? (
              <ul className="reasons">
                {c.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : (
              <span className="muted">None recorded</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Health information</dt>
          <dd>{c.containsPhi ? "Contains PHI: don't repeat details in public" : "No PHI detected"}</dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd>{languageLabel[c.language]}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{c.status === "open" ? "Open" : "Done"}</dd>
        </div>
      </dl>
      <p className="muted small">{categoryLabel[c.category]} is the first matching category in precedence order.</p>
    </section>
  );
}
