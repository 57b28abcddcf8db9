import type { MiddlewareHandler } from "hono";
import { Invalid } from "@bedside/core/errors";

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Refuses an API body that is not valid UTF-8 (400). The JSON reader would otherwise replace the bad
 * bytes with U+FFFD and store the mangled text as if it had been sent. The body is read once and
 * stays cached for the route's own JSON reader.
 */
export function strictUtf8(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.req.method !== "OPTIONS") {
      const raw = await c.req.arrayBuffer();
      try {
        decoder.decode(raw);
      } catch {
        throw new Invalid("The body is not valid UTF-8");
      }
    }
    await next();
  };
}
