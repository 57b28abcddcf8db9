import type { ConversationSummary } from "../api/types";
import type { InboxSearch } from "../routes/inbox-search";

/**
 * What the list shows from the loaded pages: the assignee filter (also applied by the API; kept
 * here so a row assigned away since the last poll leaves at once) and open urgent conversations
 * pinned on top, the rest in server order.
 */
export function inboxView(items: ConversationSummary[], search: Pick<InboxSearch, "assignee">, meId: string) {
  const kept = items.filter((c) =>
    search.assignee === "me" ? c.assigneeId === meId : search.assignee === "unassigned" ? !c.assigneeId : true,
  );
  const urgent = kept.filter(isOpenUrgent);
  // The banner counts every loaded urgent conversation, whatever the assignee filter hides.
  return { items: [...urgent, ...kept.filter((c) => !isOpenUrgent(c))], urgentCount: items.filter(isOpenUrgent).length };
}

const isOpenUrgent = (c: ConversationSummary) => c.category === "urgent" && c.status === "open";
