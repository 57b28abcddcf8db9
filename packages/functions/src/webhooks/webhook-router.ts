import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../app-env.ts";

/** Platform webhooks, one module per platform (each: limit, verify, parse, normalise, store, ack). */
export function webhookRouter(_app: AppDeps) {
  const router = new Hono<AppEnv>();
  return router;
}
