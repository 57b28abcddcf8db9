import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "./http";

export type PresenceActivity = "viewing" | "editing";
export type Presence = { userId: string; name: string; role: string; activity: PresenceActivity; seenAt: string };
type PresenceList = { items: Presence[]; ttlSeconds: number };

// A heartbeat every few seconds; the server forgets a person 30 s after their last one.
export const PRESENCE_POLL_MS = 4_000;

const url = (id: string) => `/api/conversations/${encodeURIComponent(id)}/presence`;

/**
 * One request both says "I am here, doing this" and returns everyone on the conversation,
 * so polling it through Query keeps the heartbeat and the list in step. A change of activity
 * is a new key, so it is sent at once.
 */
export const presenceQuery = (id: string, activity: PresenceActivity) =>
  queryOptions({
    queryKey: ["presence", id, activity],
    queryFn: ({ signal }): Promise<Presence[]> =>
      apiRequest<PresenceList>(url(id), { method: "PUT", body: { activity }, signal }).then((r) => r.items),
    refetchInterval: PRESENCE_POLL_MS,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });

/** Leaving the page: tell the server now rather than waiting for the heartbeat to expire. */
export const leaveConversation = (id: string) => apiRequest<void>(url(id), { method: "DELETE" }).catch(() => undefined);
