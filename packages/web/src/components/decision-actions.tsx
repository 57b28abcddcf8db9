import { useId, useState } from "react";
import type { Draft } from "../api/draft-types";
import type { Role } from "../api/types";
import { useDecision } from "../lib/use-decision";
import { useLiveCheck } from "../lib/use-live-check";
import { HighlightedText, ViolationList } from "./safety-text";

type Mode = "idle" | "edit" | "reject";
type Props = { conversationId: string; draft: Draft; role: Role };

/**
 * Approve (one tap), edit then approve (two), or reject with a reason (two).
 * An unsafe draft can only be approved by a physician with a written override.
 */
export function DecisionActions({ conversationId, draft, role }: Props) {
  const [mode, setMode] = useState<Mode>("idle");
  const [text, setText] = useState(draft.text);
  const [reason, setReason] = useState("");
  const [override, setOverride] = useState("");
  const ids = { text: useId(), reason: useId(), override: useId(), safety: useId() };
  const decide = useDecision(conversationId, draft);
  const live = useLiveCheck(conversationId, draft.id, text, draft.text, draft.safety);
  const edited = mode === "edit" && text !== draft.text;
  // While an edit is being checked its safety is unknown: nothing is shown as unsafe, and approve waits.
  const unknown = edited && (live.checking || live.safety === undefined);
  const unsafe = !unknown && !(edited ? live.safety!.safe : draft.safety.safe);
  const physician = role === "physician";
  const overrideOk = override.trim().length >= 10;
  const busy = decide.isPending;

  const approve = () =>
    decide.mutate({
      decision: "approve",
      ...(edited ? { text } : {}),
      ...(unsafe && physician ? { overrideReason: override.trim() } : {}),
    });

  return (
    <div className="decision">
      {mode === "edit" ? (
        <div className="field">
          <label htmlFor={ids.text}>Edit the reply before approving</label>
          <div className="draft-field">
            <div className="draft-mirror" aria-hidden="true">
              <HighlightedText text={text} violations={live.safety?.violations ?? []} />
              {"\n "}
            </div>
            <textarea id={ids.text} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={ids.safety} />
          </div>
          <ViolationList id={ids.safety} safety={live.safety} checking={live.checking} failed={live.checkError} />
        </div>
      ) : null}
      {mode === "reject" ? (
        <div className="field">
          <label htmlFor={ids.reason}>Why reject it? Staff will see this.</label>
          <textarea id={ids.reason} className="short" value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      ) : null}
      {mode !== "reject" && unsafe && physician ? (
        <div className="field">
          <label htmlFor={ids.override}>Override reason (required to approve an unsafe reply)</label>
          <textarea id={ids.override} className="short" value={override} onChange={(e) => setOverride(e.target.value)} />
        </div>
      ) : null}
      {decide.errorMessage ? (
        <p className="banner banner-error" role="alert">
          {decide.errorMessage}
        </p>
      ) : null}
      <div className="decision-buttons">
        {mode === "reject" ? (
          <>
            <button type="button" className="button button-danger" disabled={busy || reason.trim().length < 3} onClick={() => decide.mutate({ decision: "reject", reason: reason.trim() })}>
              {busy ? "Rejecting…" : "Reject reply"}
            </button>
            <button type="button" className="button" onClick={() => setMode("idle")} disabled={busy}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={busy || unknown || (unsafe && (!physician || !overrideOk))}
              onClick={approve}
            >
              {busy ? "Approving…" : edited ? "Approve with edits" : unsafe ? "Approve anyway" : "Approve"}
            </button>
            {mode === "edit" ? (
              <button type="button" className="button" onClick={() => (setMode("idle"), setText(draft.text))} disabled={busy}>
                Cancel edit
              </button>
            ) : (
              <button type="button" className="button" onClick={() => setMode("edit")} disabled={busy}>
                Edit
              </button>
            )}
            <button type="button" className="button" onClick={() => setMode("reject")} disabled={busy}>
              Reject
            </button>
          </>
        )}
      </div>
      {unsafe && !physician && mode !== "reject" ? (
        <p className="small text-danger">This reply has safety problems: only a physician can approve it, with a reason.</p>
      ) : null}
    </div>
  );
}
