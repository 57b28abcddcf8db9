import { describe, expect, it } from "vitest";
import { graphError } from "./graph-request.ts";

// Codes from developers.facebook.com/docs/graph-api/guides/error-handling.
const h = (entries: Record<string, string> = {}) => new Headers(entries);
const body = (code: number) => ({ error: { message: "m", type: "OAuthException", code, fbtrace_id: "x" } });

describe("graphError", () => {
  it.each([
    ["HTTP 429 retries", 429, {}, h(), { retryable: true, retryAfterMs: 60_000 }],
    ["code 4 (app throttled) retries", 400, body(4), h(), { retryable: true }],
    ["code 17 (user throttled) retries", 400, body(17), h(), { retryable: true }],
    ["code 32 (page throttled) retries", 403, body(32), h(), { retryable: true }],
    ["code 613 (custom limit) retries", 400, body(613), h(), { retryable: true }],
    ["Retry-After wins", 400, body(4), h({ "retry-after": "7" }), { retryAfterMs: 7_000 }],
    ["business use case usage gives minutes", 400, body(80001), h({ "x-business-use-case-usage": '{"1":[{"estimated_time_to_regain_access":3}]}' }), { retryAfterMs: 180_000 }],
    ["code 190 (expired token) flags credentials", 400, body(190), h(), { retryable: false, credentialsFailing: true }],
    ["code 200 (permission) flags credentials", 403, body(200), h(), { retryable: false, credentialsFailing: true }],
    ["HTTP 401 without a body flags credentials", 401, {}, h(), { credentialsFailing: true }],
    ["code 2 (service) retries", 500, body(2), h(), { retryable: true }],
    ["HTTP 502 without a body retries", 502, {}, h(), { retryable: true }],
    ["code 100 (bad parameter) is final", 400, body(100), h(), { retryable: false }],
    ["code 506 (duplicate post) is final", 400, body(506), h(), { retryable: false }],
  ])("%s", (_rule, status, json, headers, expected) => {
    expect(graphError(status, json, headers).options).toMatchObject(expected);
  });
});
