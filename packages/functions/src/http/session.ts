import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie, deleteCookie } from "hono/cookie";
import { signSessionToken, verifySessionToken } from "@bedside/core/auth/session-token";
import { Forbidden, Unauthorized } from "@bedside/core/errors";
import { getUserRecord } from "@bedside/core/membership/get-user";
import type { UserRecord } from "@bedside/core/membership/user";
import type { AppDeps, AppEnv } from "../app-env.ts";

export const SESSION_COOKIE = "bedside_session";
export const CSRF_HEADER = "x-bedside-csrf";

export function issueSession(c: Context, app: AppDeps, user: UserRecord): string {
  const exp = Math.floor(app.deps.clock().getTime() / 1000) + app.config.sessionHours * 3600;
  const token = signSessionToken(
    { userId: user.id, practiceId: user.practiceId, role: user.role, version: user.sessionVersion, exp },
    app.config.sessionKey,
  );
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    secure: app.config.secureTransport,
    path: "/",
    maxAge: app.config.sessionHours * 3600,
  });
  return token;
}

export function clearSession(c: Context, app: AppDeps): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: app.config.secureTransport });
}

/**
 * Requires a session: a Bearer token or the HttpOnly cookie. The user is read on every request,
 * so a deactivated user (or one whose sessions were ended) is refused at once. A cookie session
 * must also send the custom CSRF header on state-changing requests: a cross-site form cannot.
 */
export function requireSession(app: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    const bearer = header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
    const token = bearer ?? getCookie(c, SESSION_COOKIE);
    if (!token) throw new Unauthorized();
    const now = Math.floor(app.deps.clock().getTime() / 1000);
    const claims = verifySessionToken(token, app.config.sessionKey, now);
    if (!claims) throw new Unauthorized("Your session has ended; sign in again");
    const user = await getUserRecord(app.deps, claims.practiceId, claims.userId);
    if (!user || user.status !== "active" || user.sessionVersion !== claims.version) {
      throw new Unauthorized("Your session has ended; sign in again");
    }
    const via = bearer ? "bearer" : "cookie";
    if (via === "cookie" && !["GET", "HEAD", "OPTIONS"].includes(c.req.method) && c.req.header(CSRF_HEADER) !== "1") {
      throw new Forbidden("Missing the x-bedside-csrf header required for cookie sessions");
    }
    c.set("user", user);
    c.set("actor", { userId: user.id, practiceId: user.practiceId, role: user.role });
    c.set("sessionVia", via);
    await next();
  };
}
