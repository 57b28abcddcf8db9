import { createRoute, z } from "@hono/zod-openapi";
import { listTeam } from "@bedside/core/membership/list-team";
import type { AppDeps } from "../app-env.ts";
import { newRouter } from "./new-router.ts";
import { errorResponses } from "./schemas.ts";

const TeamMember = z.object({ id: z.string(), name: z.string(), role: z.string() }).openapi("TeamMember");

const list = createRoute({
  method: "get",
  path: "/team",
  tags: ["inbox"],
  responses: { 200: { description: "Active users of the practice: id, name, role (to show assignees by name)", content: { "application/json": { schema: z.object({ items: z.array(TeamMember) }) } } }, ...errorResponses },
});

export function teamRoutes(app: AppDeps) {
  const router = newRouter();
  router.openapi(list, async (c) => c.json({ items: await listTeam({ ...app.deps, actor: c.get("actor") }) }, 200));
  return router;
}
