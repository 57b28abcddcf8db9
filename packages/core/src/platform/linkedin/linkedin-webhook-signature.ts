import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Webhook validation: LinkedIn GETs ?challengeCode=<uuid>; answer 200 application/json
 * { challengeCode, challengeResponse: hex(HMAC-SHA256(key = clientSecret, challengeCode)) } within 3 s.
 * Source: https://learn.microsoft.com/en-us/linkedin/shared/api-guide/webhook-validation
 */
export function answerLinkedInChallenge(challengeCode: string, clientSecret: string): { challengeCode: string; challengeResponse: string } {
  return { challengeCode, challengeResponse: createHmac("sha256", clientSecret).update(challengeCode, "utf8").digest("hex") };
}

/**
 * X-LI-Signature: the docs call it "the HMACSHA256 hash of the JSON-encoded string representation of the
 * POST body prefixed by hmacsha256=, computed using your app's clientSecret". Read as most
 * implementations do, that is hex(HMAC-SHA256(clientSecret, "hmacsha256=" + rawBody)). No official
 * vector exists, so the other reading, "hmacsha256=" + hex(HMAC(clientSecret, rawBody)), is accepted too;
 * both need the secret, so accepting either costs nothing. Confirm against a live delivery.
 */
export function computeLinkedInSignature(rawBody: string, clientSecret: string): string {
  return createHmac("sha256", clientSecret).update(`hmacsha256=${rawBody}`, "utf8").digest("hex");
}

export function verifyLinkedInSignature(rawBody: string, header: string | undefined, clientSecret: string): boolean {
  if (!header || !clientSecret) return false;
  const value = header.trim();
  const prefixedBody = computeLinkedInSignature(rawBody, clientSecret);
  const prefixedHeader = `hmacsha256=${createHmac("sha256", clientSecret).update(rawBody, "utf8").digest("hex")}`;
  return safeEqual(value.toLowerCase(), prefixedBody) || safeEqual(value, prefixedHeader);
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
