import { z } from "zod/mini";
import { categories, platforms } from "../api/types";

export const inboxStatuses = ["open", "done", "all"] as const;
export const assigneeFilters = ["me", "unassigned"] as const;

// Inbox filters live in the URL so a view can be shared. Anything unknown or
// malformed falls back to the default instead of failing the page.
export const InboxSearch = z.object({
  status: z.catch(z._default(z.enum(inboxStatuses), "open"), "open"),
  category: z.catch(z.optional(z.enum(categories)), undefined),
  platform: z.catch(z.optional(z.enum(platforms)), undefined),
  // Filtered in the browser over the loaded pages until the API can filter by assignee.
  assignee: z.catch(z.optional(z.enum(assigneeFilters)), undefined),
});
export type InboxSearch = z.output<typeof InboxSearch>;
