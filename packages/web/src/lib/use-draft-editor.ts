import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { saveDraft, submitDraft } from "../api/drafts";
import type { Draft } from "../api/draft-types";
import { isApiError } from "../api/http";
import { MAX_REPLY_LENGTH, useLiveCheck } from "./use-live-check";

/**
 * The reply being edited: local text, a debounced live safety check (no write),
 * save, and submit (saving first when the text changed). The server re-checks on
 * every save and submit; the live check only shows the problems early.
 */
export function useDraftEditor(conversationId: string, draft: Draft) {
  const queryClient = useQueryClient();
  const [text, setText] = useState(draft.text);
  const [base, setBase] = useState({ id: draft.id, version: draft.version });
  // A new draft (re-drafted) or someone else's save replaces the text unless we're mid-edit.
  const dirty = text !== draft.text;
  useEffect(() => {
    if (base.id !== draft.id || (base.version !== draft.version && !dirty)) {
      setText(draft.text);
      setBase({ id: draft.id, version: draft.version });
    }
  }, [draft.id, draft.version, draft.text, base.id, base.version, dirty]);

  const live = useLiveCheck(conversationId, draft.id, text, draft.text, draft.safety);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ["conversations"] });
    void queryClient.invalidateQueries({ queryKey: ["approvals"] });
  };
  const save = useMutation({
    mutationFn: () => saveDraft(conversationId, draft, text),
    onSettled: refresh,
  });
  const submit = useMutation({
    mutationFn: async (sendNow: boolean) => {
      const saved = dirty ? await saveDraft(conversationId, draft, text) : draft;
      return submitDraft(conversationId, saved, sendNow);
    },
    onSettled: refresh,
  });

  const error = save.error ?? submit.error;
  const errorMessage = !error
    ? null
    : isApiError(error) && error.status === 409
      ? "Someone else changed this draft first. It has been refreshed: check it and try again."
      : error.message;
  return {
    text,
    setText,
    dirty,
    ...live,
    tooLong: text.length > MAX_REPLY_LENGTH,
    save,
    submit,
    errorMessage,
    busy: save.isPending || submit.isPending,
  };
}
