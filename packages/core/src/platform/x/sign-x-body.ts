import { createHmac } from "node:crypto";

/** Builds the `x-twitter-webhooks-signature` value X would send for this raw body (tests and benches). */
export function signXBody(body: string | Uint8Array, consumerSecret: string): string {
  return "sha256=" + createHmac("sha256", consumerSecret).update(body).digest("base64");
}
