import { createRoute, z } from "@hono/zod-openapi";
import { newRouter } from "./new-router.ts";
import { getConversation } from "@bedside/core/conversation/get-conversation";
import { listConversations } from "@bedside/core/conversation/list-conversations";
import { updateConversation } from "@bedside/core/conversation/update-conversation";
import { listEntityEvents } from "@bedside/core/audit/list-entity-events";
import { createDraft } from "@bedside/core/draft/create-draft";
import { toDraft } from "@bedside/core/draft/draft";
import { DraftBody } from "./draft-schemas.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { ConversationSummary, IdParam, ListQuery, MessageBody, errorResponses } from "./schemas.ts";
import { presentConversation, presentMessage } from "./present.ts";

const list = createRoute({
  method: "get",
  path: "/conversations",
  tags: ["inbox"],
  request: { query: ListQuery },
  responses: {
    200: {
      description: "One page of the inbox",
      content: { "application/json": { schema: z.object({ items: z.array(ConversationSummary), nextCursor: z.string().nullable() }) } },
    },
    ...errorResponses,
  },
});

const one = createRoute({
  method: "get",
  path: "/conversations/{id}",
  tags: ["inbox"],
  request: { params: IdParam },
  responses: {
    200: {
      description: "A conversation with its messages",
      content: { "application/json": { schema: z.object({ conversation: ConversationSummary, messages: z.array(MessageBody), drafts: z.array(DraftBody) }) } },
    },
    ...errorResponses,
  },
});

const Category = z.enum(["urgent", "personal", "education", "logistics", "feedback", "other"]);
const update = createRoute({
  method: "patch",
  path: "/conversations/{id}",
  tags: ["inbox"],
  request: {
    params: IdParam,
    body: {
      content: {
        "application/json": {
          schema: z.object({ version: z.number().int().positive(), category: Category.optional(), status: z.enum(["open", "done"]).optional(), assigneeId: z.string().max(64).nullable().optional() }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: { description: "Changed (a category change re-drafts the reply)", content: { "application/json": { schema: z.object({ conversation: ConversationSummary }) } } },
    409: { description: "Changed by someone else", content: { "application/json": { schema: z.object({ code: z.string(), message: z.string(), current: z.unknown() }) } } },
    ...errorResponses,
  },
});

const AuditEventBody = z.object({ id: z.string(), at: z.string(), actorId: z.string(), actorRole: z.string(), action: z.string(), entityType: z.string(), entityId: z.string(), meta: z.record(z.string(), z.unknown()).nullable() }).openapi("AuditEvent");
const history = createRoute({
  method: "get",
  path: "/conversations/{id}/history",
  tags: ["inbox"],
  request: { params: IdParam },
  responses: { 200: { description: "Every audit event of the conversation, in order", content: { "application/json": { schema: z.object({ items: z.array(AuditEventBody) }) } } }, ...errorResponses },
});

export function conversationRoutes(app: AppDeps) {
  const router = newRouter();
  router.openapi(list, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    const page = await listConversations(ctx, c.req.valid("query"));
    return c.json({ items: page.items.map(presentConversation), nextCursor: page.nextCursor }, 200);
  });
  router.openapi(one, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    const { conversation, messages, items } = await getConversation(ctx, c.req.valid("param").id);
    const drafts = items.filter((i) => String(i.sk).startsWith("DRAFT#")).map(toDraft).filter((d) => d.status !== "superseded");
    return c.json({ conversation: presentConversation(conversation), messages: messages.map(presentMessage), drafts }, 200);
  });
  router.openapi(update, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    const id = c.req.valid("param").id;
    const { conversation, categoryChanged } = await updateConversation(ctx, id, c.req.valid("json"));
    if (categoryChanged) await createDraft(ctx, id);
    return c.json({ conversation: presentConversation(conversation) }, 200);
  });
  router.openapi(history, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    await getConversation(ctx, c.req.valid("param").id);
    const items = (await listEntityEvents(ctx, c.req.valid("param").id)).map((e) => ({ ...e, meta: e.meta ?? null }));
    return c.json({ items }, 200);
  });
  return router;
}
