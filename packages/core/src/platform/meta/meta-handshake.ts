import { timingSafeEqual } from "node:crypto";

export type MetaHandshakeAnswer = { ok: true; challenge: string } | { ok: false };

/**
 * Answers Meta's verification GET: `hub.mode=subscribe&hub.verify_token=...&hub.challenge=...`.
 * The route replies 200 with the challenge as the body, or 403 when `ok` is false.
 * PHP-style `hub_mode` keys are accepted too, since some proxies rewrite dots.
 * Source: developers.facebook.com/docs/graph-api/webhooks/getting-started ("Verification Requests").
 */
export function answerMetaHandshake(query: Record<string, string | undefined>, verifyToken: string): MetaHandshakeAnswer {
  const mode = query["hub.mode"] ?? query["hub_mode"];
  const token = query["hub.verify_token"] ?? query["hub_verify_token"];
  const challenge = query["hub.challenge"] ?? query["hub_challenge"];
  if (mode !== "subscribe" || token === undefined || !challenge || !verifyToken) return { ok: false };
  return sameSecret(token, verifyToken) ? { ok: true, challenge } : { ok: false };
}

/** Constant-time string equality that does not throw on different lengths. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  // Compare against itself when lengths differ so the time spent does not depend on the prefix.
  return a.length === b.length ? timingSafeEqual(a, b) : !timingSafeEqual(b, b);
}
