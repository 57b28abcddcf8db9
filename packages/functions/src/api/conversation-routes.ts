import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getConversation } from "@bedside/core/conversation/get-conversation";
import { listConversations } from "@bedside/core/conversation/list-conversations";
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
      content: { "application/json": { schema: z.object({ conversation: ConversationSummary, messages: z.array(MessageBody) }) } },
    },
    ...errorResponses,
  },
});

export function conversationRoutes(app: AppDeps) {
  const router = new OpenAPIHono<AppEnv>();
  router.openapi(list, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    const page = await listConversations(ctx, c.req.valid("query"));
    return c.json({ items: page.items.map(presentConversation), nextCursor: page.nextCursor }, 200);
  });
  router.openapi(one, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    const { conversation, messages } = await getConversation(ctx, c.req.valid("param").id);
    return c.json({ conversation: presentConversation(conversation), messages: messages.map(presentMessage) }, 200);
  });
  return router;
}
