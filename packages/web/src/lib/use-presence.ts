import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { leaveConversation, type PresenceActivity, presenceQuery } from "../api/presence";

/** Keeps this user's presence on the conversation and returns the other people on it. */
export function usePresence(conversationId: string, meId: string, activity: PresenceActivity) {
  // The previous list stays on screen while a change of activity is sent.
  const query = useQuery({ ...presenceQuery(conversationId, activity), placeholderData: keepPreviousData });
  useEffect(() => () => void leaveConversation(conversationId), [conversationId]);
  return (query.data ?? []).filter((p) => p.userId !== meId);
}
