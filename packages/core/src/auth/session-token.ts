import { createHmac, timingSafeEqual } from "node:crypto";
import type { Role } from "../membership/role.ts";

export interface SessionClaims {
  userId: string;
  practiceId: string;
  role: Role;
  /** The user's session version when signed; bumping it (deactivation, sign-out everywhere) ends the session. */
  version: number;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const b64 = (s: string) => Buffer.from(s).toString("base64url");

/** A compact signed token: base64url(JSON claims) + "." + base64url(HMAC-SHA256). */
export function signSessionToken(claims: SessionClaims, key: string): string {
  const body = b64(JSON.stringify(claims));
  const mac = createHmac("sha256", key).update(body).digest("base64url");
  return `${body}.${mac}`;
}

export function verifySessionToken(token: string, key: string, nowSeconds: number): SessionClaims | null {
  const [body, mac] = token.split(".");
  if (!body || !mac || token.length > 2048) return null;
  const expected = createHmac("sha256", key).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as SessionClaims;
    if (typeof claims.exp !== "number" || claims.exp <= nowSeconds) return null;
    return claims;
  } catch {
    return null;
  }
}
