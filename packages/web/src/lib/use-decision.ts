import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type Decision, decideDraft } from "../api/drafts";
import type { Draft } from "../api/draft-types";
import { isApiError } from "../api/http";

/** A decision on one draft; afterwards the queue and the conversation refresh. */
export function useDecision(conversationId: string, draft: Pick<Draft, "id" | "version">) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (d: Decision) => decideDraft(conversationId, draft, d),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ["approvals"] });
      void queryClient.invalidateQueries({ queryKey: ["conversations"] });
    },
  });
  const errorMessage = !mutation.isError
    ? null
    : isApiError(mutation.error) && mutation.error.status === 409
      ? "Someone else decided or changed this draft first. The queue has been refreshed."
      : mutation.error.message;
  return { ...mutation, errorMessage };
}
