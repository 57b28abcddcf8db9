import { queryOptions } from "@tanstack/react-query";
import { POLL_MS } from "./conversations";
import { apiRequest } from "./http";

export type Note = { id: string; conversationId: string; authorId: string; authorName: string; authorRole: string; text: string; createdAt: string };

export const NOTE_MAX_LENGTH = 2000;
const url = (id: string) => `/api/conversations/${encodeURIComponent(id)}/notes`;

export const notesQuery = (id: string) =>
  queryOptions({
    queryKey: ["conversations", "notes", id],
    queryFn: ({ signal }) => apiRequest<{ items: Note[] }>(url(id), { signal }).then((r) => r.items),
    refetchInterval: POLL_MS,
  });

export const addNote = (id: string, text: string) => apiRequest<Note>(url(id), { method: "POST", body: { text } });
