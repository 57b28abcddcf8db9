import { useMutation, useQueryClient } from "@tanstack/react-query";
import { redraft } from "../api/drafts";
import type { Draft } from "../api/draft-types";
import type { Role } from "../api/types";
import { DecisionActions } from "./decision-actions";
import { DraftEditor } from "./draft-editor";

type Props = {
  conversationId: string;
  drafts: Draft[];
  role: Role;
  open: boolean;
  /** Told when this user starts or stops working on the reply (shown to others as presence). */
  onEditingChange?: (editing: boolean) => void;
};

/** The newest draft in the editor; a decision bar when this user may approve it; or a way to draft one. */
export function ReplySection({ conversationId, drafts, role, open, onEditingChange }: Props) {
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => redraft(conversationId),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["conversations"] }),
  });
  const draft = [...drafts].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);

  if (!draft)
    return (
      <section className="panel draft" aria-labelledby="draft-title">
        <h2 id="draft-title">Reply</h2>
        <p className="muted">
          {open ? "No reply is drafted for this conversation." : "This conversation is done; no reply is waiting."}
        </p>
        {create.isSuccess && create.data === null ? (
          <p className="muted small">This category gets no drafted reply.</p>
        ) : null}
        {create.isError ? (
          <p className="banner banner-error" role="alert">
            Couldn't draft a reply: {create.error.message}
          </p>
        ) : null}
        <div>
          <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
            {create.isPending ? "Drafting…" : "Draft a reply"}
          </button>
        </div>
      </section>
    );

  return (
    <>
      <DraftEditor key={draft.id} conversationId={conversationId} draft={draft} onEditingChange={onEditingChange} />
      {draft.status === "submitted" && draft.approvers.includes(role) ? (
        <section className="panel" aria-labelledby="decide-title">
          <h2 id="decide-title">Your decision</h2>
          <DecisionActions key={draft.version} conversationId={conversationId} draft={draft} role={role} />
        </section>
      ) : null}
    </>
  );
}
