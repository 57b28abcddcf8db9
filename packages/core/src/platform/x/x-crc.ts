import { createHmac } from "node:crypto";

/**
 * Answers X's Challenge-Response Check: GET <webhook>?crc_token=... must return 200 with
 * `{ "response_token": "sha256=" + base64(HMAC-SHA256(consumer secret, crc_token)) }` within 3 s.
 * X runs it at registration, on PUT /2/webhooks/:id, and periodically; a wrong answer invalidates
 * the webhook. Source: docs.x.com/x-api/webhooks/quickstart.
 */
export function answerXCrc(crcToken: string, consumerSecret: string): { response_token: string } {
  return { response_token: "sha256=" + createHmac("sha256", consumerSecret).update(crcToken).digest("base64") };
}
