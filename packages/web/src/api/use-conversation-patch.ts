import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ConversationPatch, patchConversation } from "./drafts";
import { conversationQuery } from "./conversations";
import { isApiError } from "./http";
import type { ConversationSummary } from "./types";

/** The message shown when someone else changed the conversation first. */
export const CONFLICT_MESSAGE = "This conversation was changed by someone else. It has been refreshed: check it and try again.";

/**
 * Triage changes on one conversation. Sends the version the page last saw; on a
 * 409 it refreshes the conversation and reports the conflict instead of retrying
 * blindly. A category change re-drafts the reply, so drafts and history refresh too.
 */
export function useConversationPatch(c: Pick<ConversationSummary, "id" | "version">) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (patch: ConversationPatch) => patchConversation(c.id, c.version, patch),
    onSuccess: ({ conversation }) => {
      queryClient.setQueryData(conversationQuery(c.id).queryKey, (old) => (old ? { ...old, conversation } : old));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ["conversations"] });
      void queryClient.invalidateQueries({ queryKey: ["approvals"] });
    },
  });
  const conflict = isApiError(mutation.error) && mutation.error.status === 409;
  const errorMessage = mutation.isError ? (conflict ? CONFLICT_MESSAGE : mutation.error.message) : null;
  return { ...mutation, conflict, errorMessage };
}
