import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "./http";
import type { SessionUser } from "./types";

export type LoginInput = { email: string; password: string };

export const login = (input: LoginInput) =>
  apiRequest<{ token: string; user: SessionUser }>("/api/auth/login", { method: "POST", body: input });

export const logout = () => apiRequest<void>("/api/auth/logout", { method: "POST" });

export const fetchMe = (signal?: AbortSignal) => apiRequest<{ user: SessionUser }>("/api/auth/me", { signal });

export const meQuery = queryOptions({
  queryKey: ["auth", "me"],
  queryFn: ({ signal }) => fetchMe(signal).then((r) => r.user),
  staleTime: 5 * 60_000,
  retry: false,
});
