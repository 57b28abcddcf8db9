import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTwilioFake } from "../../../../../test/fakes/twilio-fake.ts";
import type { FakeServer } from "../../../../../test/fakes/fake-http-server.ts";
import { PlatformError, type SendReplyInput } from "../platform-client.ts";
import { createTwilioSender } from "./twilio-sender.ts";

let fake: FakeServer;
beforeEach(async () => {
  fake = await startTwilioFake();
});
afterEach(() => fake.close());

const input: SendReplyInput = {
  credentials: { accountSid: "AC_test", authToken: "token_test" },
  target: { accountId: "+15005550006", platformMessageId: "SM1", threadKey: "sms:+14155550100", authorPlatformId: "+14155550100", private: true },
  text: "Friday at 10 works.",
  idempotencyKey: "rpl_1",
};

async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}

describe("createTwilioSender", () => {
  it("posts To, From and Body form-encoded with Basic auth and keeps the sid", async () => {
    const result = await createTwilioSender({ baseUrl: fake.baseUrl }).sendReply(input);
    expect(result.platformReplyId).toMatch(/^SM/);
    const form = new URLSearchParams(fake.posted[0].body);
    expect(Object.fromEntries(form)).toEqual({ To: "+14155550100", From: "+15005550006", Body: "Friday at 10 works." });
  });

  it.each([
    ["429 is retryable with the Retry-After hint", 429, { retryable: true, retryAfterMs: 1000 }],
    ["5xx is retryable", 503, { retryable: true }],
    ["401 flags the credentials", 401, { retryable: false, credentialsFailing: true }],
    ["400 is final", 400, { retryable: false, credentialsFailing: false }],
  ])("%s", async (_rule, status, expected) => {
    fake.failNext(1, status);
    const error = await failure(createTwilioSender({ baseUrl: fake.baseUrl }).sendReply(input));
    expect(error.options).toMatchObject({ status, ...expected });
    expect(error.message).not.toContain(input.text);
  });

  it("wrong credentials flag the channel", async () => {
    const bad = { ...input, credentials: { accountSid: "AC_test", authToken: "nope" } };
    const error = await failure(createTwilioSender({ baseUrl: fake.baseUrl }).sendReply(bad));
    expect(error.options.credentialsFailing).toBe(true);
  });

  it("a timeout after the fake accepted is retryable, and the fake recorded the send", async () => {
    fake.acceptThenTimeout(1, 2_000);
    const error = await failure(createTwilioSender({ baseUrl: fake.baseUrl, timeoutMs: 200 }).sendReply(input));
    expect(error.options.retryable).toBe(true);
    expect(fake.posted).toHaveLength(1);
  });
});
