import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { AppDeps, AppEnv } from "./app-env.ts";
import { apiRouter, type ClientAddress } from "./api/api-router.ts";
import { handleError } from "./http/error-handler.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { strictUtf8 } from "./http/strict-utf8.ts";
import { log } from "./log.ts";
import { webhookRouter } from "./webhooks/webhook-router.ts";

export interface AppOptions {
  /** Serves the built dashboard (local server only; on AWS it is a static site). */
  staticFiles?: MiddlewareHandler;
  clientAddress?: ClientAddress;
}

const defaultClientAddress: ClientAddress = (c) =>
  c.req.header("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";

/** The one Hono app: /health, /api, /webhooks and (locally) the dashboard. Lambda and `npm start` both wrap it. */
export function createApp(app: AppDeps, options: AppOptions = {}) {
  const root = new Hono<AppEnv>();
  root.use("*", securityHeaders({ hsts: app.config.secureTransport }));
  root.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    log("http", { method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - started) });
  });
  const limit = bodyLimit({
    maxSize: app.config.bodyLimitBytes,
    onError: (c) => c.json({ code: "too_large", message: "The body is too large" }, 413),
  });
  root.use("/api/*", limit);
  root.use("/api/*", strictUtf8());
  root.use("/webhooks/*", limit);

  root.get("/health", async (c) => {
    try {
      await app.deps.store.doc.send(new GetCommand({ TableName: app.deps.store.tableName, Key: { pk: "HEALTH", sk: "HEALTH" } }));
      return c.json({ status: "ok", store: "up" });
    } catch {
      return c.json({ status: "degraded", store: "down", message: "The data store is not answering" }, 503);
    }
  });
  root.route("/api", apiRouter(app, options.clientAddress ?? defaultClientAddress));
  root.route("/webhooks", webhookRouter(app));
  root.all("/api/*", (c) => c.json({ code: "not_found", message: "No such API route" }, 404));
  if (options.staticFiles) root.use("*", options.staticFiles);
  root.notFound((c) => c.json({ code: "not_found", message: "Not found" }, 404));
  root.onError(handleError);
  return root;
}

export type App = ReturnType<typeof createApp>;
