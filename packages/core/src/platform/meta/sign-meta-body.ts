import { createHmac } from "node:crypto";

/** Builds the `X-Hub-Signature-256` value Meta would send for this raw body (tests and benches). */
export function signMetaBody(body: string | Uint8Array, appSecret: string): string {
  return "sha256=" + createHmac("sha256", appSecret).update(body).digest("hex");
}
