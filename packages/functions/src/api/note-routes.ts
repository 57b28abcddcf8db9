import { createRoute, z } from "@hono/zod-openapi";
import { addNote } from "@bedside/core/note/add-note";
import { listNotes } from "@bedside/core/note/list-notes";
import { NOTE_MAX_LENGTH } from "@bedside/core/note/note";
import type { AppDeps } from "../app-env.ts";
import { newRouter } from "./new-router.ts";
import { errorResponses, IdParam } from "./schemas.ts";

const NoteBody = z
  .object({ id: z.string(), conversationId: z.string(), authorId: z.string(), authorName: z.string(), authorRole: z.string(), text: z.string(), createdAt: z.string() })
  .openapi("Note");

const list = createRoute({
  method: "get",
  path: "/conversations/{id}/notes",
  tags: ["inbox"],
  request: { params: IdParam },
  responses: { 200: { description: "Internal notes between staff, oldest first", content: { "application/json": { schema: z.object({ items: z.array(NoteBody) }) } } }, ...errorResponses },
});

const add = createRoute({
  method: "post",
  path: "/conversations/{id}/notes",
  tags: ["inbox"],
  request: {
    params: IdParam,
    body: { content: { "application/json": { schema: z.object({ text: z.string().max(NOTE_MAX_LENGTH + 200) }) } }, required: true },
  },
  responses: { 201: { description: "The note, audited as conversation.note_added", content: { "application/json": { schema: NoteBody } } }, ...errorResponses },
});

/** Internal notes on a conversation: seen by the practice's team only, never sent. */
export function noteRoutes(app: AppDeps) {
  const router = newRouter();
  router.openapi(list, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    return c.json({ items: await listNotes(ctx, c.req.valid("param").id) }, 200);
  });
  router.openapi(add, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    const note = await addNote(ctx, c.req.valid("param").id, { text: c.req.valid("json").text, authorName: c.get("user").name });
    return c.json(note, 201);
  });
  return router;
}
