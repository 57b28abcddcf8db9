import { queryOptions } from "@tanstack/react-query";
import { apiRequest, toQuery } from "./http";
import type { ApprovalItem, Article, AuditEvent, Draft, Safety } from "./draft-types";
import type { Category, ConversationSummary, Language } from "./types";

const cnv = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;
const drf = (id: string, draftId: string) => `${cnv(id)}/drafts/${encodeURIComponent(draftId)}`;

export type ConversationPatch = { category?: Category; status?: "open" | "done"; assigneeId?: string | null };

/** Triage changes; `version` makes a stale write fail with 409 instead of clobbering someone. */
export const patchConversation = (id: string, version: number, patch: ConversationPatch) =>
  apiRequest<{ conversation: ConversationSummary }>(cnv(id), { method: "PATCH", body: { version, ...patch } });

export const redraft = (id: string) => apiRequest<Draft | null>(`${cnv(id)}/drafts`, { method: "POST" });

export const saveDraft = (id: string, d: { id: string; version: number }, text: string) =>
  apiRequest<Draft>(drf(id, d.id), { method: "PATCH", body: { version: d.version, text } });

/** Checks text without saving it: used live while typing. */
export const checkDraft = (id: string, draftId: string, text: string, signal?: AbortSignal) =>
  apiRequest<Safety>(`${drf(id, draftId)}/check`, { method: "POST", body: { text }, signal });

export const submitDraft = (id: string, d: { id: string; version: number }, sendNow = false) =>
  apiRequest<Draft>(`${drf(id, d.id)}/submit`, { method: "POST", body: { version: d.version, ...(sendNow ? { sendNow } : {}) } });

export type Decision =
  | { decision: "approve"; text?: string; overrideReason?: string }
  | { decision: "reject"; reason: string };

export const decideDraft = (id: string, d: { id: string; version: number }, decision: Decision) =>
  apiRequest<Draft>(`${drf(id, d.id)}/decision`, { method: "POST", body: { ...decision, version: d.version } });

export const historyQuery = (id: string) =>
  queryOptions({
    queryKey: ["conversations", "history", id],
    queryFn: ({ signal }) => apiRequest<{ items: AuditEvent[] }>(`${cnv(id)}/history`, { signal }).then((r) => r.items),
  });

export const approvalsQuery = queryOptions({
  queryKey: ["approvals"],
  queryFn: ({ signal }) => apiRequest<{ items: ApprovalItem[] }>("/api/approvals", { signal }).then((r) => r.items),
  refetchInterval: 15_000,
});

export const articlesQuery = (q: string, language: Language) =>
  queryOptions({
    queryKey: ["articles", q, language],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Article[] }>(`/api/articles${toQuery({ q: q || undefined, language })}`, { signal }).then((r) => r.items),
    staleTime: 60_000,
  });
