import type { AppDeps } from "../app-env.ts";
import { requireSession } from "../http/session.ts";
import { authRoutes } from "./auth-routes.ts";
import { approvalRoutes } from "./approval-routes.ts";
import { articleRoutes } from "./article-routes.ts";
import { channelRoutes } from "./channel-routes.ts";
import { conversationRoutes } from "./conversation-routes.ts";
import { draftRoutes } from "./draft-routes.ts";
import { newRouter } from "./new-router.ts";
import { analyticsRoutes } from "./analytics-routes.ts";
import { auditRoutes } from "./audit-routes.ts";
import { settingsRoutes } from "./settings-routes.ts";
import { userRoutes } from "./user-routes.ts";
import { publicRoutes } from "./public-routes.ts";
import { presenceRoutes } from "./presence-routes.ts";
import { noteRoutes } from "./note-routes.ts";
import { teamRoutes } from "./team-routes.ts";

export type ClientAddress = (c: { req: { header(name: string): string | undefined } }) => string;


/**
 * The dashboard API. Every route but sign-in and the public question form needs a session;
 * each route's role check lives in the domain verb it calls (packages/core membership/permissions).
 */
export function apiRouter(app: AppDeps, clientAddress: ClientAddress) {
  const api = newRouter();
  api.route("/", authRoutes(app, clientAddress));
  const session = requireSession(app);
  api.use("*", async (c, next) => {
    const path = c.req.path.replace(/^\/api/, "");
    if (path === "/auth/login" || path.startsWith("/public/") || path.startsWith("/auth/")) return next();
    return session(c, next);
  });
  api.route("/", conversationRoutes(app));
  api.route("/", channelRoutes(app));
  api.route("/", publicRoutes(app, clientAddress));
  api.route("/", draftRoutes(app));
  api.route("/", approvalRoutes(app));
  api.route("/", articleRoutes(app));
  api.route("/", analyticsRoutes(app));
  api.route("/", userRoutes(app));
  api.route("/", settingsRoutes(app));
  api.route("/", auditRoutes(app));
  api.route("/", presenceRoutes(app));
  api.route("/", noteRoutes(app));
  api.route("/", teamRoutes(app));
  api.openAPIRegistry.registerComponent("securitySchemes", "session", { type: "http", scheme: "bearer" });
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Bedside dashboard API", version: "1.0.0" },
    security: [{ session: [] }],
  });
  return api;
}
