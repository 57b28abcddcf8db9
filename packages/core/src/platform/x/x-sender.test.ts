import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startXFake, type XFake } from "../../../../../test/fakes/x-fake.ts";
import { PlatformError, type ReplyTarget } from "../platform-client.ts";
import replyRequest from "./fixtures/v2.create-post.reply.request.json" with { type: "json" };
import { createXSender } from "./x-sender.ts";

let fake: XFake;
beforeAll(async () => { fake = await startXFake(); });
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const send = (target: Partial<ReplyTarget>, text = "This is a reply!", timeoutMs = 2_000) =>
  createXSender({ baseUrl: fake.baseUrl, timeoutMs }).sendReply({
    credentials: { userAccessToken: "user-token" }, text, idempotencyKey: "rpl_1",
    target: { accountId: "1", platformMessageId: "1234567890", threadKey: "1234567890", private: false, ...target },
  });

describe("createXSender against the fake", () => {
  it("a public reply posts the docs' request body with the user token", async () => {
    const result = await send({});
    expect(fake.posted[0]?.body).toEqual(replyRequest);
    expect(fake.calls[0]?.headers.authorization).toBe("Bearer user-token");
    expect(result).toEqual({ platformReplyId: fake.posted[0]?.id, url: `https://x.com/i/web/status/${fake.posted[0]?.id}` });
  });

  it("a private reply messages the DM partner", async () => {
    const result = await send({ private: true, threadKey: "dm:3001969357", replyRef: { participant_id: "3001969357" } });
    expect(fake.posted).toMatchObject([{ kind: "dm", participantId: "3001969357", body: { text: "This is a reply!" } }]);
    expect(result.platformReplyId).toBe(fake.posted[0]?.id);
  });

  it("a private reply to a public mention messages its author", async () => {
    await send({ private: true, authorPlatformId: "77" });
    expect(fake.posted[0]?.participantId).toBe("77");
  });

  it.each([
    ["429 retries after the reset", () => fake.rateLimitNext(1, 30), { retryable: true, status: 429 }],
    ["503 retries", () => fake.failNext(1, 503), { retryable: true }],
    ["401 flags credentials", () => fake.failNext(1, 401), { credentialsFailing: true, retryable: false }],
    ["400 is final", () => fake.failNext(1, 400), { retryable: false }],
  ])("%s", async (_rule, arrange, expected) => {
    arrange();
    const error = await send({}, "secret words").catch((e: unknown) => e);
    expect((error as PlatformError).options).toMatchObject(expected);
    expect((error as PlatformError).message).not.toContain("secret");
  });

  it("a post accepted but answered late is a retryable timeout, and the fake kept it", async () => {
    fake.acceptThenTimeout(1, 1_000);
    const error = await send({}, "x", 200).catch((e: unknown) => e);
    expect((error as PlatformError).options.retryable).toBe(true);
    expect(fake.posted).toHaveLength(1);
  });

  it("refuses a DM answered publicly and a missing token without calling X", async () => {
    await expect(send({ threadKey: "dm:5" })).rejects.toBeInstanceOf(PlatformError);
    const sender = createXSender({ baseUrl: fake.baseUrl });
    await expect(sender.sendReply({ credentials: {}, text: "x", idempotencyKey: "k", target: { accountId: "1", platformMessageId: "2", threadKey: "2", private: false } }))
      .rejects.toMatchObject({ options: { credentialsFailing: true } });
    expect(fake.calls).toHaveLength(0);
  });
});
