import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ConversationPatch, patchConversation } from "./drafts";
import { isApiError } from "./http";
import type { ConversationSummary } from "./types";

export type BulkResult = { done: number; conflicts: number; failed: number; what: string };

/**
 * One PATCH per conversation, each with the version the list showed. Some may fail
 * (someone else changed them): the rest still apply and the result says how many.
 */
export function useBulkPatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ items, patch, what }: { items: ConversationSummary[]; patch: ConversationPatch; what: string }) => {
      const results = await Promise.allSettled(items.map((c) => patchConversation(c.id, c.version, patch)));
      const result: BulkResult = { done: 0, conflicts: 0, failed: 0, what };
      for (const r of results) {
        if (r.status === "fulfilled") result.done++;
        else if (isApiError(r.reason) && r.reason.status === 409) result.conflicts++;
        else result.failed++;
      }
      return result;
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["conversations"] }),
  });
}

export function describeBulkResult(r: BulkResult): string {
  const parts = [`${r.what}: ${r.done} ${r.done === 1 ? "conversation" : "conversations"} updated.`];
  if (r.conflicts) parts.push(`${r.conflicts} changed by someone else first; check ${r.conflicts === 1 ? "it" : "them"} and try again.`);
  if (r.failed) parts.push(`${r.failed} couldn't be updated.`);
  return parts.join(" ");
}
