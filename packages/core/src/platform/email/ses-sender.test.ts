import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SES_TEST_CREDENTIALS, startSesFake, type SesFake } from "../../../../../test/fakes/ses-fake.ts";
import { PlatformError, type SendReplyInput } from "../platform-client.ts";
import { createSesSender } from "./ses-sender.ts";

let fake: SesFake;
beforeEach(async () => {
  fake = await startSesFake();
});
afterEach(() => fake.close());

const input: SendReplyInput = {
  credentials: SES_TEST_CREDENTIALS,
  target: {
    accountId: "frontdesk@clinic.example",
    platformMessageId: "d6iitobk75ur44p8kdnnp7g2n800",
    threadKey: "email:root@example.com",
    authorPlatformId: "sender@example.com",
    replyRef: { subject: "Example subject", messageId: "<m1@example.com>", references: "<root@example.com> <m1@example.com>" },
    private: true,
  },
  text: "Thanks, see you Friday.",
  idempotencyKey: "rpl_1",
};

describe("createSesSender", () => {
  it("sends a SigV4-signed raw reply that threads with In-Reply-To and References", async () => {
    const result = await createSesSender({ baseUrl: fake.baseUrl, env: {} }).sendReply(input);
    expect(result.platformReplyId).toMatch(/^0100/);
    const body = JSON.parse(fake.posted[0].body);
    expect(body.FromEmailAddress).toBe("frontdesk@clinic.example");
    expect(body.Destination).toEqual({ ToAddresses: ["sender@example.com"] });
    const mime = Buffer.from(body.Content.Raw.Data, "base64").toString("utf8");
    expect(mime).toContain("Subject: Re: Example subject\r\n");
    expect(mime).toContain("In-Reply-To: <m1@example.com>\r\n");
    expect(mime).toContain("References: <root@example.com> <m1@example.com>\r\n");
    expect(mime).toContain(Buffer.from(input.text).toString("base64"));
  });

  it("takes credentials from the environment when the channel has none", async () => {
    const env = { AWS_ACCESS_KEY_ID: "AKIDFAKE", AWS_SECRET_ACCESS_KEY: "fake-secret", AWS_REGION: "us-east-1" };
    await createSesSender({ baseUrl: fake.baseUrl, env }).sendReply({ ...input, credentials: {} });
    expect(fake.posted).toHaveLength(1);
  });

  it("a wrong secret is a credentials failure", async () => {
    const bad = { ...input, credentials: { ...SES_TEST_CREDENTIALS, secretAccessKey: "wrong" } };
    const error = (await createSesSender({ baseUrl: fake.baseUrl, env: {} }).sendReply(bad).catch((e) => e)) as PlatformError;
    expect(error.options).toMatchObject({ status: 403, credentialsFailing: true, retryable: false });
  });

  it.each([
    ["429 is retryable", 429, true],
    ["500 is retryable", 500, true],
    ["400 is final", 400, false],
  ])("%s", async (_rule, status, retryable) => {
    fake.failNext(1, status);
    const error = (await createSesSender({ baseUrl: fake.baseUrl, env: {} }).sendReply(input).catch((e) => e)) as PlatformError;
    expect(error).toBeInstanceOf(PlatformError);
    expect(error.options).toMatchObject({ status, retryable });
  });

  it("strips line breaks from header values taken from the inbound mail", async () => {
    const evil = { ...input, target: { ...input.target, replyRef: { subject: "Hi\r\nBcc: x@evil.example" } } };
    await createSesSender({ baseUrl: fake.baseUrl, env: {} }).sendReply(evil);
    const mime = Buffer.from(JSON.parse(fake.posted[0].body).Content.Raw.Data, "base64").toString("utf8");
    expect(mime).not.toMatch(/\r\nBcc:/);
  });
});
