import { createHmac, timingSafeEqual } from "node:crypto";

const PREFIX = "sha256=";

/**
 * Checks Meta's `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>`.
 * The HMAC covers the raw body bytes exactly as received: never re-serialise parsed JSON,
 * because Meta escapes unicode differently from JSON.stringify.
 * Source: developers.facebook.com/docs/graph-api/webhooks/getting-started ("Validate Payloads").
 * Constant time: digests of equal length are compared with timingSafeEqual.
 */
export function verifyMetaSignature(rawBody: string | Uint8Array, header: string | undefined, appSecret: string): boolean {
  if (!header || !appSecret || !header.startsWith(PREFIX)) return false;
  const hex = header.slice(PREFIX.length).trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) return false;
  const expected = createHmac("sha256", appSecret).update(rawBody).digest();
  const given = Buffer.from(hex, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
