import { createRoute, z } from "@hono/zod-openapi";
import { inviteUser } from "@bedside/core/membership/invite-user";
import { listUsers } from "@bedside/core/membership/list-users";
import { updateUser } from "@bedside/core/membership/update-user";
import type { AppDeps } from "../app-env.ts";
import { newRouter } from "./new-router.ts";
import { errorResponses, IdParam } from "./schemas.ts";

const Role = z.enum(["staff", "physician", "admin"]);
const UserBody = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: Role, status: z.enum(["active", "deactivated"]), createdAt: z.string() })
  .openapi("User");
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });
const conflict = { 409: json(z.object({ code: z.string(), message: z.string() }), "Email taken, or changed by someone else") };

const routes = {
  list: createRoute({ method: "get", path: "/users", tags: ["administration"], responses: { 200: json(z.object({ items: z.array(UserBody) }), "The practice's users"), ...errorResponses } }),
  invite: createRoute({
    method: "post",
    path: "/users",
    tags: ["administration"],
    summary: "Invite a user: the answer holds a one-time password, shown once and never again",
    request: { body: { content: { "application/json": { schema: z.object({ name: z.string().min(1).max(120), email: z.string().email().max(200), role: Role }) } }, required: true } },
    responses: { 201: json(z.object({ user: UserBody, oneTimePassword: z.string() }), "Created"), ...conflict, ...errorResponses },
  }),
  update: createRoute({
    method: "patch",
    path: "/users/{id}",
    tags: ["administration"],
    summary: "Change role, deactivate (ends the user's sessions at once) or reactivate",
    request: { params: IdParam, body: { content: { "application/json": { schema: z.object({ role: Role.optional(), status: z.enum(["active", "deactivated"]).optional() }) } }, required: true } },
    responses: { 200: json(z.object({ user: UserBody }), "Changed"), ...conflict, ...errorResponses },
  }),
};

const present = ({ id, email, name, role, status, createdAt }: z.infer<typeof UserBody>) => ({ id, email, name, role, status, createdAt });

/** Users of the practice: admins only (user.manage). */
export function userRoutes(app: AppDeps) {
  const router = newRouter();
  router.openapi(routes.list, async (c) => {
    const users = await listUsers({ ...app.deps, actor: c.get("actor") });
    return c.json({ items: users.map(present) }, 200);
  });
  router.openapi(routes.invite, async (c) => {
    const { user, oneTimePassword } = await inviteUser({ ...app.deps, actor: c.get("actor") }, c.req.valid("json"));
    c.header("Cache-Control", "no-store");
    return c.json({ user: present(user), oneTimePassword }, 201);
  });
  router.openapi(routes.update, async (c) => {
    const user = await updateUser({ ...app.deps, actor: c.get("actor") }, c.req.valid("param").id, c.req.valid("json"));
    return c.json({ user: present(user) }, 200);
  });
  return router;
}
