import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ZodError } from "zod";
import { Conflict, DomainError, TooManyRequests } from "@bedside/core/errors";
import { log } from "../log.ts";

const STATUS: Record<string, number> = {
  not_found: 404,
  forbidden: 403,
  unauthorized: 401,
  conflict: 409,
  invalid: 400,
  invalid_payload: 400,
  rate_limited: 429,
  store_unavailable: 503,
  not_configured: 503,
};

/** One place that turns errors into `{ code, message }` answers; it never echoes the input. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof DomainError) {
    const status = STATUS[error.code] ?? 500;
    if (error instanceof TooManyRequests) c.header("Retry-After", String(error.retryAfterSeconds));
    const body: Record<string, unknown> = { code: error.code, message: error.message };
    if (error instanceof Conflict && error.current !== undefined) body.current = error.current;
    if (status >= 500) log("request.failed", { code: error.code, path: c.req.routePath });
    return c.json(body, status as 400);
  }
  if (error instanceof ZodError) {
    const fields = error.issues.map((i) => i.path.join(".")).filter(Boolean);
    return c.json({ code: "invalid", message: `Check these fields: ${[...new Set(fields)].join(", ") || "body"}` }, 400);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    const message = status === 413 ? "The body is too large" : status === 400 ? "The request is malformed" : "Request refused";
    return c.json({ code: status === 413 ? "too_large" : "invalid", message }, status);
  }
  log("request.crashed", { error: error.name, path: c.req.routePath });
  return c.json({ code: "internal", message: "Something went wrong on our side; try again" }, 500);
}
