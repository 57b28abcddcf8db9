import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startWordPressFake, wordPressComment, type WordPressFake } from "../../../../../test/fakes/wordpress-fake.ts";
import { PlatformError } from "../platform-client.ts";
import { createWordPressPoller } from "./wordpress-poller.ts";
import { createWordPressSender } from "./wordpress-sender.ts";

const credentials = { username: "editor", applicationPassword: "abcd efgh" };
let fake: WordPressFake;
beforeEach(async () => {
  fake = await startWordPressFake();
  const start = Date.parse("2026-03-01T08:00:00Z");
  for (let i = 1; i <= 150; i++) {
    const dateGmt = new Date(start + i * 60_000).toISOString().slice(0, 19);
    fake.comments.push(wordPressComment(fake.baseUrl, i, { post: 4, text: `comment ${i}`, dateGmt, status: i % 10 === 0 ? "hold" : "approved" }));
  }
});
afterEach(() => fake.close());

describe("createWordPressPoller", () => {
  it("pages through approved and held comments and returns the newest date_gmt as cursor", async () => {
    const poller = createWordPressPoller();
    const first = await poller.poll({ credentials, accountId: `${fake.baseUrl}/` });
    expect(first.messages).toHaveLength(150);
    expect(first.cursor).toBe("2026-03-01T10:30:00.000Z#150");
    expect(Object.fromEntries(fake.calls[0].query)).toMatchObject({ orderby: "date_gmt", order: "asc", per_page: "100", status: "all" });
    expect(fake.calls[0].headers.authorization).toMatch(/^Basic /);

    const again = await poller.poll({ credentials, accountId: fake.baseUrl, cursor: first.cursor });
    expect(again).toEqual({ messages: [], cursor: first.cursor });
  });

  it("without credentials reads approved comments only", async () => {
    const { messages } = await createWordPressPoller().poll({ credentials: {}, accountId: fake.baseUrl });
    expect(messages).toHaveLength(135);
    expect(fake.calls[0].query.has("status")).toBe(false);
  });

  it("a comment in the same second as the cursor is neither lost nor repeated", async () => {
    const poller = createWordPressPoller();
    const { cursor } = await poller.poll({ credentials, accountId: fake.baseUrl });
    fake.comments.push(wordPressComment(fake.baseUrl, 151, { post: 4, text: "same second", dateGmt: "2026-03-01T10:30:00" }));
    const next = await poller.poll({ credentials, accountId: fake.baseUrl, cursor });
    expect(next.messages.map((m) => m.text)).toEqual(["same second"]);
    expect(next.cursor).toBe("2026-03-01T10:30:00.000Z#150,151");
  });
});

describe("createWordPressSender", () => {
  const target = { accountId: "", platformMessageId: "", threadKey: "post:4", replyRef: { postId: "4", commentId: "3" }, private: false };

  it("posts the reply under the comment, as the practice's user", async () => {
    const result = await createWordPressSender().sendReply({ credentials, target: { ...target, accountId: fake.baseUrl }, text: "Thanks!", idempotencyKey: "k" });
    expect(result.platformReplyId).toBe(`${fake.baseUrl}#comment-151`);
    expect(JSON.parse(fake.posted[0].body)).toEqual({ post: 4, parent: 3, content: "Thanks!" });
  });

  it("a duplicate reply is a final 409", async () => {
    const sender = createWordPressSender();
    const input = { credentials, target: { ...target, accountId: fake.baseUrl }, text: "Thanks!", idempotencyKey: "k" };
    await sender.sendReply(input);
    const error = await sender.sendReply(input).catch((e) => e);
    expect((error as PlatformError).options).toMatchObject({ status: 409, retryable: false });
  });

  it.each([
    ["missing credentials flag the channel", {}, undefined, { credentialsFailing: true }],
    ["a wrong password flags the channel", { username: "editor", applicationPassword: "nope" }, undefined, { status: 401, credentialsFailing: true }],
    ["a 503 is retryable", credentials, 503, { status: 503, retryable: true }],
  ])("%s", async (_rule, creds, failStatus, expected) => {
    if (failStatus) fake.failNext(1, failStatus);
    const error = await createWordPressSender().sendReply({ credentials: creds, target: { ...target, accountId: fake.baseUrl }, text: "x", idempotencyKey: "k" }).catch((e) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).options).toMatchObject(expected);
  });
});
