import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMetaFake, type MetaFake } from "../../../../../test/fakes/meta-fake.ts";
import { PlatformError, type ReplyTarget } from "../platform-client.ts";
import { createMetaSender } from "./meta-sender.ts";

let fake: MetaFake;
beforeAll(async () => { fake = await startMetaFake(); });
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const credentials = { pageAccessToken: "page-token" };
const send = (target: Partial<ReplyTarget>, timeoutMs = 2_000) =>
  createMetaSender({ baseUrl: fake.baseUrl, timeoutMs }).sendReply({
    credentials, text: "Thanks, please call us.", idempotencyKey: "rpl_1",
    target: { accountId: "PAGE1", platformMessageId: "C1", threadKey: "POST1", private: false, ...target },
  });

describe("createMetaSender against the fake Graph API", () => {
  it("a public Facebook reply is posted under the comment, with the Page token as Bearer", async () => {
    const result = await send({ replyRef: { surface: "facebook", reply_to_id: "C1" } });
    expect(fake.posted).toMatchObject([{ edge: "comments", targetId: "C1", body: { message: "Thanks, please call us." } }]);
    expect(fake.calls[0]?.headers.authorization).toBe("Bearer page-token");
    expect(result.platformReplyId).toBe(fake.posted[0]?.id);
  });

  it("a public Facebook reply to a reply goes under the top-level comment", async () => {
    await send({ platformMessageId: "C2", replyRef: { surface: "facebook", reply_to_id: "C1" } });
    expect(fake.posted[0]?.targetId).toBe("C1");
  });

  it("a Messenger reply goes to /{page-id}/messages with the PSID and messaging_type RESPONSE", async () => {
    const result = await send({ private: true, threadKey: "dm:PSID9", platformMessageId: "mid.1", replyRef: { surface: "facebook", recipient_id: "PSID9" } });
    expect(fake.posted).toMatchObject([{ edge: "messages", targetId: "PAGE1", body: { recipient: { id: "PSID9" }, messaging_type: "RESPONSE", message: { text: "Thanks, please call us." } } }]);
    expect(result.platformReplyId).toMatch(/^m_fake/);
  });

  it("a private reply to a comment uses recipient.comment_id", async () => {
    await send({ private: true, replyRef: { surface: "facebook" } });
    expect(fake.posted[0]?.body.recipient).toEqual({ comment_id: "C1" });
  });

  it("an Instagram public reply goes to /{ig-comment-id}/replies", async () => {
    await send({ accountId: "IG1", platformMessageId: "IGC2", replyRef: { surface: "instagram", reply_to_id: "IGC1" } });
    expect(fake.posted).toMatchObject([{ edge: "replies", targetId: "IGC1", body: { message: "Thanks, please call us." } }]);
  });

  it("an Instagram mention is answered through /{ig-user-id}/mentions", async () => {
    await send({ accountId: "IG1", replyRef: { surface: "instagram", mention: "true", media_id: "M1", comment_id: "IGC9" } });
    expect(fake.posted).toMatchObject([{ edge: "mentions", targetId: "IG1", body: { media_id: "M1", comment_id: "IGC9" } }]);
  });

  it("an Instagram DM goes to /{ig-user-id}/messages", async () => {
    await send({ accountId: "IG1", private: true, threadKey: "dm:IGSID1", replyRef: { surface: "instagram", recipient_id: "IGSID1" } });
    expect(fake.posted).toMatchObject([{ edge: "messages", targetId: "IG1", body: { recipient: { id: "IGSID1" } } }]);
  });

  it.each([
    ["a throttling code is retryable with a wait", () => fake.rateLimitNext(1, 32), { retryable: true, retryAfterMs: 60_000 }],
    ["a 5xx is retryable", () => fake.failNext(1, 503), { retryable: true, status: 503 }],
    ["an expired token (190) marks credentials failing", () => fake.failNext(1, 401), { retryable: false, credentialsFailing: true }],
    ["a bad parameter is final", () => fake.failNext(1, 400), { retryable: false, status: 400 }],
  ])("%s", async (_rule, arrange, expected) => {
    arrange();
    const error = await send({ replyRef: { surface: "facebook" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).options).toMatchObject(expected);
    expect((error as PlatformError).message).not.toContain("Thanks");
  });

  it("a post accepted but answered too late is a retryable timeout, and the fake kept it", async () => {
    fake.acceptThenTimeout(1, 1_000);
    const error = await send({ replyRef: { surface: "facebook" } }, 200).catch((e: unknown) => e);
    expect((error as PlatformError).options).toMatchObject({ retryable: true });
    expect(fake.posted).toHaveLength(1);
  });

  it("a missing token fails without calling Meta", async () => {
    const sender = createMetaSender({ baseUrl: fake.baseUrl });
    const target = { accountId: "P", platformMessageId: "C", threadKey: "T", private: false };
    await expect(sender.sendReply({ credentials: {}, target, text: "x", idempotencyKey: "k" })).rejects.toMatchObject({ options: { credentialsFailing: true } });
    expect(fake.calls).toHaveLength(0);
  });

  it("refuses to answer a DM publicly", async () => {
    await expect(send({ threadKey: "dm:PSID1" })).rejects.toBeInstanceOf(PlatformError);
  });
});

describe("createMetaSender.findReply: reconciling a Messenger reply that timed out", () => {
  const dm = { accountId: "PAGE1", platformMessageId: "mid.1", threadKey: "dm:PSID9", private: true, replyRef: { surface: "facebook", recipient_id: "PSID9" } };
  const sender = () => createMetaSender({ baseUrl: fake.baseUrl, timeoutMs: 500 });

  it("accepted but answered too late: the timeout is ambiguous, and the reply is found in the Page's conversation", async () => {
    fake.acceptThenTimeout(1, 3_000);
    const error = await sender().sendReply({ credentials, text: "See you Friday.", idempotencyKey: "rpl_2", target: dm }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).options.ambiguous).toBe(true);
    const found = await sender().findReply!({ credentials, text: "See you Friday.", idempotencyKey: "rpl_2", target: dm }, { notBefore: new Date(Date.now() - 5_000).toISOString() });
    expect(found?.platformReplyId).toBe(fake.posted[0]?.id);
    const call = fake.calls.at(-1)!;
    expect(call.method).toBe("GET");
    expect(call.path).toMatch(/^\/v21\.0\/PAGE1\/conversations\?/);
    expect(call.path).toContain("user_id=PSID9");
  });

  it("not there (other text, or posted before the approval): null, so a retry is safe", async () => {
    await sender().sendReply({ credentials, text: "An older reply.", idempotencyKey: "rpl_3", target: dm });
    expect(await sender().findReply!({ credentials, text: "A new reply.", idempotencyKey: "rpl_4", target: dm }, {})).toBeNull();
    expect(await sender().findReply!({ credentials, text: "An older reply.", idempotencyKey: "rpl_4", target: dm }, { notBefore: new Date(Date.now() + 10 * 60_000).toISOString() })).toBeNull();
  });

  it("comments cannot be looked up this way: it throws, and the caller marks the reply 'may have been posted'", async () => {
    await expect(sender().findReply!({ credentials, text: "x", idempotencyKey: "rpl_5", target: { accountId: "PAGE1", platformMessageId: "C1", threadKey: "POST1", private: false } }, {})).rejects.toBeInstanceOf(PlatformError);
  });
});
