import { queryOptions } from "@tanstack/react-query";
import { apiRequest, toQuery } from "./http";
import type { Category, Platform, Role } from "./types";

export type UserRow = { id: string; email: string; name: string; role: Role; status: "active" | "deactivated"; createdAt: string };

export const usersQuery = queryOptions({
  queryKey: ["admin", "users"],
  queryFn: ({ signal }) => apiRequest<{ items: UserRow[] }>("/api/users", { signal }).then((r) => r.items),
});
export const inviteUser = (input: { name: string; email: string; role: Role }) =>
  apiRequest<{ user: UserRow; oneTimePassword: string }>("/api/users", { method: "POST", body: input });
export const updateUser = (id: string, change: { role?: Role; status?: UserRow["status"] }) =>
  apiRequest<{ user: UserRow }>(`/api/users/${encodeURIComponent(id)}`, { method: "PATCH", body: change });

export type ChannelHealth = { lastEventAt: string | null; lastPollAt: string | null; lastError: string | null; lastErrorAt: string | null; credentialsFailing: boolean };
export type ChannelRow = {
  id: string;
  platform: Platform;
  accountId: string;
  displayName: string;
  settings: Record<string, unknown>;
  createdAt: string;
  health: ChannelHealth;
  flag: "failing" | "silent" | null;
};

export const channelsQuery = queryOptions({
  queryKey: ["admin", "channels"],
  queryFn: ({ signal }) => apiRequest<{ items: ChannelRow[] }>("/api/channels", { signal }).then((r) => r.items),
});
export const connectChannel = (input: { platform: Platform; accountId: string; displayName: string; credentials?: Record<string, string> }) =>
  apiRequest<{ channel: ChannelRow }>("/api/channels", { method: "POST", body: input });
export const reconnectChannel = (id: string, credentials: Record<string, string>) =>
  apiRequest<{ channel: ChannelRow }>(`/api/channels/${encodeURIComponent(id)}/credentials`, { method: "PUT", body: { credentials } });
export const disconnectChannel = (id: string) => apiRequest<void>(`/api/channels/${encodeURIComponent(id)}`, { method: "DELETE" });

export type Templates = Partial<Record<Category, { en?: string; es?: string }>>;
export type PracticeSettingsBody = {
  phone: string;
  address: string;
  hours: string;
  portalUrl: string;
  bookingUrl: string;
  onCallContact: string;
  timezone: string;
  responseTargetMinutes: Partial<Record<Category, number>>;
  retentionDays: number;
  templates: Templates;
  approvers: Partial<Record<Category, Role[]>>;
};
export type SettingsView = { name: string; slug: string; version: number; settings: Partial<PracticeSettingsBody>; complete: boolean };

export const settingsQuery = queryOptions({
  queryKey: ["admin", "settings"],
  queryFn: ({ signal }) => apiRequest<SettingsView>("/api/settings", { signal }),
});
export const saveSettings = (input: { version: number; name: string; settings: PracticeSettingsBody }) =>
  apiRequest<SettingsView>("/api/settings", { method: "PUT", body: input });

export type ArticleRow = {
  id: string;
  title: string;
  summary: string;
  url: string;
  topics: string[];
  language: "en" | "es";
  status: "active" | "retired";
  createdAt: string;
  updatedAt: string;
  version: number;
};
export type ArticleFields = Pick<ArticleRow, "title" | "summary" | "url" | "topics" | "language">;

export const adminArticlesQuery = queryOptions({
  queryKey: ["admin", "articles"],
  queryFn: ({ signal }) => apiRequest<{ items: ArticleRow[] }>("/api/articles?includeRetired=true", { signal }).then((r) => r.items),
});
export const createArticle = (input: ArticleFields) => apiRequest<ArticleRow>("/api/articles", { method: "POST", body: input });
export const updateArticle = (id: string, change: Partial<ArticleFields> & { version: number; status?: ArticleRow["status"] }) =>
  apiRequest<ArticleRow>(`/api/articles/${encodeURIComponent(id)}`, { method: "PATCH", body: change });

export type AuditRow = { id: string; at: string; actorId: string; actorRole: string; action: string; entityType: string; entityId: string; meta: Record<string, unknown> | null };
export type AuditFilter = { from?: string; to?: string; actor?: string; action?: string; entity?: string };

export const auditCsvUrl = (filter: AuditFilter) => `/api/audit.csv${toQuery(filter)}`;
