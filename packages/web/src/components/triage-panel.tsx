import type { useConversationPatch } from "../api/use-conversation-patch";
import type { ConversationSummary, SessionUser } from "../api/types";
import { categoryHint, languageLabel } from "../lib/labels";
import { CategoryBadge } from "./badges";
import { TriageActions } from "./triage-actions";

/** Shown above an urgent thread: the only reply allowed is emergency guidance. */
export function UrgentCallout() {
  return (
    <p className="urgent-callout" role="note">
      <span className="alert-icon" aria-hidden="true">
        !
      </span>
      <span>
        <strong>Possible emergency.</strong> Reply only with emergency guidance: call 911 or go to the nearest
        emergency department; 988 for thoughts of suicide or self-harm.
      </span>
    </p>
  );
}

type Props = { c: ConversationSummary; me: SessionUser; patch: ReturnType<typeof useConversationPatch> };

/** What triage decided for the thread and why, and the controls to change it. */
export function TriagePanel({ c, me, patch }: Props) {
  return (
    <section className={`panel triage${c.category === "urgent" ? " triage-urgent" : ""}`} aria-labelledby="triage-title">
      <h2 id="triage-title">Triage</h2>
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
      <TriageActions c={c} me={me} patch={patch} />
    </section>
  );
}
