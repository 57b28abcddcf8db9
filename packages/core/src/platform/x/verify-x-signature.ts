import { createHmac, timingSafeEqual } from "node:crypto";

const PREFIX = "sha256=";

/**
 * Checks `x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256(consumer secret, raw body)>`.
 * The consumer secret is the app's API secret key, not the bearer token.
 * Source: docs.x.com/x-api/webhooks/quickstart; vectors from xdevplatform/autohook test/signature.js.
 * Constant time: the decoded digests are compared with timingSafeEqual after a length check.
 */
export function verifyXSignature(rawBody: string | Uint8Array, header: string | undefined, consumerSecret: string): boolean {
  if (!header || !consumerSecret || !header.startsWith(PREFIX)) return false;
  const encoded = header.slice(PREFIX.length).trim();
  if (!/^[A-Za-z0-9+/]{43}=$/.test(encoded)) return false;
  const expected = createHmac("sha256", consumerSecret).update(rawBody).digest();
  const given = Buffer.from(encoded, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
