import { createRoute, z } from "@hono/zod-openapi";
import { newRouter } from "./new-router.ts";
import { signIn } from "@bedside/core/auth/sign-in";
import { getPractice } from "@bedside/core/practice/get-practice";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { clearSession, issueSession, requireSession } from "../http/session.ts";
import { ErrorBody, SessionUser, errorResponses } from "./schemas.ts";
import { presentUser } from "./present.ts";

const LoginBody = z.object({ email: z.string().max(200), password: z.string().max(200) }).openapi("LoginBody");

const login = createRoute({
  method: "post",
  path: "/auth/login",
  tags: ["auth"],
  security: [],
  request: { body: { content: { "application/json": { schema: LoginBody } }, required: true } },
  responses: {
    200: { description: "Signed in", content: { "application/json": { schema: z.object({ token: z.string(), user: SessionUser }) } } },
    400: errorResponses[400],
    401: errorResponses[401],
    429: { description: "Too many failed sign-ins", content: { "application/json": { schema: ErrorBody } } },
  },
});

const logout = createRoute({
  method: "post",
  path: "/auth/logout",
  tags: ["auth"],
  responses: { 204: { description: "Signed out" }, 401: errorResponses[401] },
});

const me = createRoute({
  method: "get",
  path: "/auth/me",
  tags: ["auth"],
  responses: { 200: { description: "The signed-in user", content: { "application/json": { schema: z.object({ user: SessionUser }) } } }, 401: errorResponses[401] },
});

export function authRoutes(app: AppDeps, clientAddress: (c: { req: { header(name: string): string | undefined } }) => string) {
  const session = requireSession(app);
  const router = newRouter();
  router.openapi(login, async (c) => {
    const body = c.req.valid("json");
    const user = await signIn(app.deps, { email: body.email, password: body.password, clientId: clientAddress(c) });
    const practice = await getPractice(app.deps, user.practiceId);
    const token = issueSession(c, app, user);
    return c.json({ token, user: presentUser(user, practice) }, 200);
  });
  router.use("/auth/logout", session);
  router.openapi(logout, async (c) => {
    clearSession(c, app);
    return c.body(null, 204);
  });
  router.use("/auth/me", session);
  router.openapi(me, async (c) => {
    const user = c.get("user");
    const practice = await getPractice(app.deps, user.practiceId);
    return c.json({ user: presentUser(user, practice) }, 200);
  });
  return router;
}
