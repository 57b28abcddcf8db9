import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { apiRequest, toQuery } from "./http";
import type { Category, ConversationDetail, ConversationPage, Platform } from "./types";

export type ConversationFilters = {
  status: "open" | "done" | "all";
  category?: Category;
  platform?: Platform;
  from?: string;
  to?: string;
  /** A user id, or "none" for unassigned. */
  assignee?: string;
};

/** The inbox's URL filters as the API takes them ("me" becomes the user's id). */
export function inboxFilters(
  search: Omit<ConversationFilters, "assignee"> & { assignee?: "me" | "unassigned" },
  meId: string,
): ConversationFilters {
  const { assignee, ...rest } = search;
  return { ...rest, assignee: assignee === "me" ? meId : assignee === "unassigned" ? "none" : undefined };
}

export const PAGE_SIZE = 50;
// The inbox is a live view: new messages arrive without a reload.
export const POLL_MS = 10_000;

export function fetchConversations(f: ConversationFilters, cursor: string | null, signal?: AbortSignal) {
  const query = toQuery({
    status: f.status === "all" ? undefined : f.status,
    category: f.category,
    platform: f.platform,
    from: f.from,
    to: f.to,
    assignee: f.assignee,
    limit: PAGE_SIZE,
    cursor,
  });
  return apiRequest<ConversationPage>(`/api/conversations${query}`, { signal });
}

export const fetchConversation = (id: string, signal?: AbortSignal) =>
  apiRequest<ConversationDetail>(`/api/conversations/${encodeURIComponent(id)}`, { signal });

export const conversationsQuery = (f: ConversationFilters) =>
  infiniteQueryOptions({
    queryKey: [
      "conversations",
      "list",
      { status: f.status, category: f.category ?? null, platform: f.platform ?? null, from: f.from ?? null, to: f.to ?? null, assignee: f.assignee ?? null },
    ],
    queryFn: ({ pageParam, signal }) => fetchConversations(f, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: POLL_MS,
  });

export const conversationQuery = (id: string) =>
  queryOptions({
    queryKey: ["conversations", "detail", id],
    queryFn: ({ signal }) => fetchConversation(id, signal),
    refetchInterval: POLL_MS,
  });
