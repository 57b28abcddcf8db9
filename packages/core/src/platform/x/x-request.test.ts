import { describe, expect, it } from "vitest";
import { xError } from "./x-request.ts";

const now = 1_705_420_000_000;
describe("xError", () => {
  it.each([
    ["429 waits until x-rate-limit-reset", 429, { "x-rate-limit-reset": "1705420800" }, { retryable: true, retryAfterMs: 800_000 }],
    ["429 with a reset already past waits a second", 429, { "x-rate-limit-reset": "1705419000" }, { retryable: true, retryAfterMs: 1_000 }],
    ["429 without the header waits a minute", 429, {}, { retryable: true, retryAfterMs: 60_000 }],
    ["401 flags credentials", 401, {}, { retryable: false, credentialsFailing: true }],
    ["403 flags credentials", 403, {}, { retryable: false, credentialsFailing: true }],
    ["503 retries", 503, {}, { retryable: true }],
    ["400 is final", 400, {}, { retryable: false }],
  ])("%s", (_rule, status, headers, expected) => {
    expect(xError(status, new Headers(headers), now).options).toMatchObject(expected);
  });
});
