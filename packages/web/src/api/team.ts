import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "./http";

export type TeamMember = { id: string; name: string; role: string };

export const teamQuery = queryOptions({
  queryKey: ["team"],
  queryFn: ({ signal }) => apiRequest<{ items: TeamMember[] }>("/api/team", { signal }).then((r) => r.items),
  staleTime: 5 * 60_000,
});

/** "you", a teammate's name, or a neutral fallback while the team loads (or for a removed user). */
export function useAssigneeName() {
  const team = useQuery(teamQuery);
  return (assigneeId: string, meId: string) =>
    assigneeId === meId ? "you" : (team.data?.find((u) => u.id === assigneeId)?.name ?? "another team member");
}
