import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * X-Twilio-Signature = base64(HMAC-SHA1(AuthToken, fullUrl + concat(sorted key + value))).
 * Source: https://www.twilio.com/docs/usage/webhooks/webhooks-security, and the official SDK's
 * validateRequest (twilio-node spec/validation.spec.js), whose vectors live in fixtures/vectors.json.
 * Twilio may add parameters at any time, so every received parameter is signed, never a known subset.
 */
export function computeTwilioSignature(url: string, params: Record<string, string>, authToken: string): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

/** Constant-time check of X-Twilio-Signature against the exact public URL Twilio called (PUBLIC_URL + path + query). */
export function verifyTwilioSignature(
  url: string,
  params: Record<string, string>,
  header: string | undefined,
  authToken: string,
): boolean {
  if (!header || !authToken) return false;
  return urlVariants(url).some((candidate) => safeEqual(computeTwilioSignature(candidate, params, authToken), header));
}

/**
 * JSON webhooks sign only the URL, which carries bodySHA256=<hex sha256 of the raw body>;
 * this checks that hash once the URL signature has passed.
 */
export function verifyTwilioBodySha256(url: string, rawBody: string): boolean {
  const expected = new URL(url).searchParams.get("bodySHA256");
  if (!expected) return false;
  return safeEqual(createHash("sha256").update(rawBody, "utf8").digest("hex"), expected);
}

/** Like the SDK: try the URL as given, without its default port, and with it (proxies differ). */
function urlVariants(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [url];
  }
  const defaultPort = parsed.protocol === "https:" ? "443" : parsed.protocol === "http:" ? "80" : "";
  const withoutPort = `${parsed.protocol}//${parsed.hostname}${afterHost(url)}`;
  const withPort = `${parsed.protocol}//${parsed.hostname}:${parsed.port || defaultPort}${afterHost(url)}`;
  return [...new Set([url, withoutPort, withPort])];
}

/** Path + query exactly as received (URL would re-encode them). */
function afterHost(url: string): string {
  const start = url.indexOf("//") + 2;
  const slash = url.indexOf("/", start);
  return slash === -1 ? "" : url.slice(slash);
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
