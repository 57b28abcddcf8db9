import { useEffect, useId, useRef, useState } from "react";
import type { Draft } from "../api/draft-types";
import { useDraftEditor } from "../lib/use-draft-editor";
import { ArticlePicker } from "./article-picker";
import { ReplyStatus, submitLabel } from "./reply-status";
import { HighlightedText, ViolationList } from "./safety-text";

const EDITABLE = new Set(["draft", "submitted", "rejected"]);

type Props = { conversationId: string; draft: Draft; onEditingChange?: (editing: boolean) => void };

/**
 * The drafted reply. The textarea sits over a mirror of its text in which each
 * safety violation is marked, so the problem is underlined where it is typed.
 */
export function DraftEditor({ conversationId, draft, onEditingChange }: Props) {
  const ed = useDraftEditor(conversationId, draft);
  const [focused, setFocused] = useState(false);
  // Editing = the cursor is in the reply, or it holds unsaved changes.
  const editing = EDITABLE.has(draft.status) && (focused || ed.dirty);
  useEffect(() => {
    onEditingChange?.(editing);
  }, [editing, onEditingChange]);
  useEffect(() => () => onEditingChange?.(false), [onEditingChange]);
  const ref = useRef<HTMLTextAreaElement>(null);
  const safetyId = useId();
  const editable = EDITABLE.has(draft.status);
  const canSubmit = draft.status === "draft" || draft.status === "rejected";
  const urgent = draft.category === "urgent";
  const unsafe = ed.safety ? !ed.safety.safe : false;

  function insert(snippet: string) {
    const el = ref.current;
    const at = el ? el.selectionEnd : ed.text.length;
    const before = ed.text.slice(0, at).replace(/\s*$/, "");
    const next = `${before}${before ? " " : ""}${snippet} ${ed.text.slice(at).replace(/^\s*/, "")}`.trimEnd();
    ed.setText(next);
    requestAnimationFrame(() => el?.focus());
  }

  return (
    <section className="panel draft" aria-labelledby="draft-title">
      <div className="draft-head">
        <h2 id="draft-title">Reply</h2>
        <span className="muted small">
          {draft.private ? "Sent privately" : "Posted publicly"} · {draft.language.toUpperCase()}
        </span>
      </div>
      <ReplyStatus d={draft} />
      {draft.needsArticle ? (
        <p className="notice-inline">
          No approved article matched this question. Write the answer, or attach an article below.
        </p>
      ) : null}
      <label htmlFor="reply-text" className="sr-only">
        Reply text
      </label>
      <div className="draft-field">
        <div className="draft-mirror" aria-hidden="true">
          <HighlightedText text={ed.text} violations={ed.safety?.violations ?? []} />
          {"\n "}
        </div>
        <textarea
          id="reply-text"
          ref={ref}
          value={ed.text}
          readOnly={!editable}
          spellCheck
          aria-describedby={safetyId}
          aria-invalid={unsafe || ed.tooLong || undefined}
          onChange={(e) => ed.setText(e.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        />
      </div>
      <p className={`small ${ed.tooLong ? "text-danger" : "muted"}`}>{ed.text.length} / 5000 characters</p>
      <div aria-live="polite">
        <ViolationList id={safetyId} safety={ed.safety} checking={ed.checking} failed={ed.checkError} />
      </div>
      {ed.errorMessage ? (
        <p className="banner banner-error" role="alert">
          {ed.errorMessage}
        </p>
      ) : null}
      {editable ? (
        <div className="button-row">
          <button type="button" className="button" disabled={!ed.dirty || ed.busy || ed.tooLong} onClick={() => ed.save.mutate()}>
            {ed.save.isPending ? "Saving…" : "Save draft"}
          </button>
          {canSubmit ? (
            <button
              type="button"
              className={`button ${urgent ? "button-danger" : "button-primary"}`}
              disabled={ed.busy || ed.tooLong || !ed.text.trim() || (urgent && unsafe)}
              onClick={() => ed.submit.mutate(urgent)}
            >
              {ed.submit.isPending ? "Submitting…" : submitLabel(draft)}
            </button>
          ) : null}
        </div>
      ) : null}
      {urgent && unsafe ? <p className="small text-danger">Emergency guidance must be safe before it can be sent.</p> : null}
      {editable ? <ArticlePicker draft={draft} onInsert={insert} /> : null}
    </section>
  );
}
