import { createRoute, z } from "@hono/zod-openapi";
import { clearPresence } from "@bedside/core/presence/clear-presence";
import { listPresence } from "@bedside/core/presence/list-presence";
import { PRESENCE_TTL_SECONDS } from "@bedside/core/presence/presence";
import { recordPresence } from "@bedside/core/presence/record-presence";
import type { AppDeps } from "../app-env.ts";
import { newRouter } from "./new-router.ts";
import { errorResponses, IdParam } from "./schemas.ts";

const PresenceBody = z
  .object({ userId: z.string(), name: z.string(), role: z.string(), activity: z.enum(["viewing", "editing"]), seenAt: z.string() })
  .openapi("Presence");
const PresenceList = z.object({ items: z.array(PresenceBody), ttlSeconds: z.number().int() });

const get = createRoute({
  method: "get",
  path: "/conversations/{id}/presence",
  tags: ["inbox"],
  request: { params: IdParam },
  responses: { 200: { description: "Who is on the conversation now (caller included)", content: { "application/json": { schema: PresenceList } } }, ...errorResponses },
});

const beat = createRoute({
  method: "put",
  path: "/conversations/{id}/presence",
  tags: ["inbox"],
  request: {
    params: IdParam,
    body: { content: { "application/json": { schema: z.object({ activity: z.enum(["viewing", "editing"]) }) } }, required: true },
  },
  responses: { 200: { description: "Heartbeat stored; who is on the conversation now (caller included)", content: { "application/json": { schema: PresenceList } } }, ...errorResponses },
});

const leave = createRoute({
  method: "delete",
  path: "/conversations/{id}/presence",
  tags: ["inbox"],
  request: { params: IdParam },
  responses: { 204: { description: "The caller left the conversation" }, ...errorResponses },
});

/**
 * Presence: the dashboard sends a heartbeat while a conversation is open (viewing, or editing
 * the reply) and gets back everyone on it, so two people see each other within one poll.
 */
export function presenceRoutes(app: AppDeps) {
  const router = newRouter();
  router.openapi(get, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    return c.json({ items: await listPresence(ctx, c.req.valid("param").id), ttlSeconds: PRESENCE_TTL_SECONDS }, 200);
  });
  router.openapi(beat, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    const id = c.req.valid("param").id;
    await recordPresence(ctx, id, { activity: c.req.valid("json").activity, name: c.get("user").name });
    return c.json({ items: await listPresence(ctx, id), ttlSeconds: PRESENCE_TTL_SECONDS }, 200);
  });
  router.openapi(leave, async (c) => {
    await clearPresence({ ...app.deps, actor: c.get("actor") }, c.req.valid("param").id);
    return c.body(null, 204);
  });
  return router;
}
