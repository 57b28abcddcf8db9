import { keys, priorityRank } from "../storage/keys.ts";
import type { Conversation } from "./conversation.ts";

/**
 * The index attributes that place a conversation in the inbox lists. Recomputed on every write,
 * so a change of status, category or time moves it.
 * - gsi1 (open): triage order: urgent, personal, the rest; oldest waiting first.
 * - gsi1 (done), gsi2 (by category), gsi3 (by platform): newest activity first (queried descending).
 */
export function inboxIndexAttributes(c: Pick<Conversation, "practiceId" | "status" | "category" | "platform" | "waitingSince" | "lastMessageAt" | "id">) {
  const waiting = c.waitingSince ?? c.lastMessageAt;
  return {
    gsi1pk: keys.inboxByPriority(c.practiceId, c.status),
    gsi1sk: c.status === "open" ? `${priorityRank(c.category)}#${waiting}#${c.id}` : `${c.lastMessageAt}#${c.id}`,
    gsi2pk: keys.inboxByCategory(c.practiceId, c.status, c.category),
    gsi2sk: `${c.lastMessageAt}#${c.id}`,
    gsi3pk: keys.inboxByPlatform(c.practiceId, c.status, c.platform),
    gsi3sk: `${c.lastMessageAt}#${c.id}`,
  };
}
