import type { useConversationPatch } from "../api/use-conversation-patch";
import type { ConversationSummary } from "../api/types";
import { useListKeys } from "./use-list-keys";

const focus = (id: string) => {
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: "center" });
  el?.focus();
};

/** e marks done (or reopens), a assigns to me (or unassigns), c focuses the category, r the reply. */
export function useConversationKeys(
  c: ConversationSummary,
  meId: string,
  patch: ReturnType<typeof useConversationPatch>,
  help: () => void,
) {
  useListKeys({
    help,
    done: () => !patch.isPending && patch.mutate({ status: c.status === "open" ? "done" : "open" }),
    assign: () => !patch.isPending && patch.mutate({ assigneeId: c.assigneeId === meId ? null : meId }),
    category: () => focus("triage-category"),
    reply: () => focus("reply-text"),
  });
}
