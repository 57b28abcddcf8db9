import { createRoute, z } from "@hono/zod-openapi";
import { PracticeSettings } from "@bedside/core/practice/practice";
import { getSettings, updateSettings } from "@bedside/core/practice/update-settings";
import type { AppDeps } from "../app-env.ts";
import { newRouter } from "./new-router.ts";
import { errorResponses } from "./schemas.ts";

const View = z
  .object({ name: z.string(), slug: z.string(), version: z.number(), settings: z.record(z.string(), z.unknown()), complete: z.boolean() })
  .openapi("PracticeSettingsView");
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });

const read = createRoute({
  method: "get",
  path: "/settings",
  tags: ["administration"],
  summary: "The practice's settings: every field for admins, the public ones (contact, hours, links, targets) for other roles",
  responses: { 200: json(View, "Settings"), ...errorResponses },
});
const write = createRoute({
  method: "put",
  path: "/settings",
  tags: ["administration"],
  summary: "Replace the name and settings (admins); the version must be the one loaded",
  request: { body: { content: { "application/json": { schema: z.object({ version: z.number().int().positive(), name: z.string().min(1).max(120), settings: PracticeSettings }) } }, required: true } },
  responses: { 200: json(View, "Saved"), 409: json(z.object({ code: z.string(), message: z.string(), current: z.unknown() }), "Changed by someone else"), ...errorResponses },
});

export function settingsRoutes(app: AppDeps) {
  const router = newRouter();
  router.openapi(read, async (c) => c.json((await getSettings({ ...app.deps, actor: c.get("actor") })) as never, 200));
  router.openapi(write, async (c) => c.json((await updateSettings({ ...app.deps, actor: c.get("actor") }, c.req.valid("json"))) as never, 200));
  return router;
}
