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

describe("createWordPressPoller: edits and deletions", () => {
  const recent = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString().slice(0, 19);
  function siteWithRecentComments() {
    fake.comments.length = 0;
    for (const [id, text] of [[201, "Is the clinic open Sunday?"], [202, "Buy cheap pills here"], [203, "Thanks for the article"]] as const) {
      fake.comments.push(wordPressComment(fake.baseUrl, id, { post: 9, text, dateGmt: recent(60 - id + 200) }));
    }
  }
  const edit = (id: number, text: string) => {
    const i = fake.comments.findIndex((c) => c.id === id);
    fake.comments[i] = { ...wordPressComment(fake.baseUrl, id, { post: 9, text, dateGmt: fake.comments[i].date_gmt as string }) };
  };

  it("with an Application Password: an edited comment comes back edited, a trashed or spammed one deleted, a vanished one deleted", async () => {
    siteWithRecentComments();
    fake.comments.push(wordPressComment(fake.baseUrl, 204, { post: 9, text: "See you Monday", dateGmt: recent(5) }));
    const poller = createWordPressPoller();
    const first = await poller.poll({ credentials, accountId: fake.baseUrl });
    expect(first.messages).toHaveLength(4);
    expect(first.cursor).toMatch(/[|,]201:[0-9a-f]{10}:\d+:9(,|$)/);

    edit(201, "Is the clinic open Sunday? Asking for my mother");
    fake.comments.find((c) => c.id === 202)!.status = "spam";
    fake.comments.find((c) => c.id === 204)!.status = "trash";
    fake.comments.splice(fake.comments.findIndex((c) => c.id === 203), 1);
    const calls = fake.calls.length;
    const second = await poller.poll({ credentials, accountId: fake.baseUrl, cursor: first.cursor });
    const byId = Object.fromEntries(second.messages.map((m) => [m.platformMessageId.split("-").at(-1), m]));
    expect(Object.keys(byId).sort()).toEqual(["201", "202", "203", "204"]);
    expect(byId["201"]).toMatchObject({ action: "edited", text: "Is the clinic open Sunday? Asking for my mother" });
    expect([byId["202"].action, byId["203"].action, byId["204"].action]).toEqual(["deleted", "deleted", "deleted"]);
    expect(byId["203"].platformMessageId).toBe(`${fake.baseUrl}#comment-203`);
    const statuses = fake.calls.slice(calls).map((c) => c.query.get("status"));
    expect(statuses).toEqual(expect.arrayContaining(["all", "trash", "spam"]));

    const third = await poller.poll({ credentials, accountId: fake.baseUrl, cursor: second.cursor });
    expect(third.messages).toEqual([]);
    expect(third.cursor).toBe(second.cursor);
  });

  it("without credentials: edits of public comments are seen, but a comment leaving the public list is not called deleted", async () => {
    siteWithRecentComments();
    const poller = createWordPressPoller();
    const first = await poller.poll({ credentials: {}, accountId: fake.baseUrl });
    edit(203, "Thanks for the article, very clear");
    fake.comments.find((c) => c.id === 201)!.status = "hold";
    const second = await poller.poll({ credentials: {}, accountId: fake.baseUrl, cursor: first.cursor });
    expect(second.messages.map((m) => [m.action, m.text])).toEqual([["edited", "Thanks for the article, very clear"]]);
    expect(fake.calls.some((c) => c.query.get("status") === "trash")).toBe(false);
  });

  it("comments older than the revisit window are forgotten, keeping the cursor small", async () => {
    siteWithRecentComments();
    const first = await createWordPressPoller().poll({ credentials, accountId: fake.baseUrl });
    const later = createWordPressPoller({ now: () => Date.now() + 20 * 24 * 3600_000 });
    const second = await later.poll({ credentials, accountId: fake.baseUrl, cursor: first.cursor });
    expect(second.messages).toEqual([]);
    expect(second.cursor).not.toContain("|");
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
