import { z } from "zod";
import { keys } from "../storage/keys.ts";

/** What a person is doing on a conversation: looking at it, or working on its reply. */
export const PresenceActivity = z.enum(["viewing", "editing"]);
export type PresenceActivity = z.infer<typeof PresenceActivity>;

/**
 * How long a heartbeat counts. The dashboard beats every few seconds while the page is open;
 * a closed tab or a lost network drops out of everyone's view within this window, and the
 * table's TTL (expiresAt) removes the item itself later (DynamoDB deletes expired items lazily,
 * so every read also filters by expiry).
 */
export const PRESENCE_TTL_SECONDS = 30;

/** Someone on a conversation right now. Name and role only: nothing about the thread. */
export interface Presence {
  userId: string;
  name: string;
  role: string;
  activity: PresenceActivity;
  seenAt: string;
}

/** One item per person, in the conversation's own partition, so reading them is one Query. */
export const presenceKey = (practiceId: string, conversationId: string, userId: string) => ({
  pk: keys.conversationItems(practiceId, conversationId).pk,
  sk: `PRESENCE#${userId}`,
});
export const PRESENCE_SK_PREFIX = "PRESENCE#";

export const expiresAtFor = (now: Date) => Math.floor(now.getTime() / 1000) + PRESENCE_TTL_SECONDS;

export function toPresence(item: Record<string, unknown>): Presence {
  return {
    userId: String(item.userId),
    name: String(item.name),
    role: String(item.role),
    activity: item.activity === "editing" ? "editing" : "viewing",
    seenAt: String(item.seenAt),
  };
}
