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
  assignee: z.catch(z.optional(z.enum(assigneeFilters)), undefined),
  /** Last message on or after / before these days (yyyy-mm-dd). */
  from: z.catch(z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), undefined),
  to: z.catch(z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), undefined),
});
export type InboxSearch = z.output<typeof InboxSearch>;
