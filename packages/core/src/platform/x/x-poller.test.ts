import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startXFake, type XFake, type XFakePost } from "../../../../../test/fakes/x-fake.ts";
import { PlatformError } from "../platform-client.ts";
import mentionsResponse from "./fixtures/v2.users-mentions.response.json" with { type: "json" };
import { createXMentionsPoller, createXSearchPoller } from "./x-poller.ts";
import { xPostToMessage } from "./x-post-to-message.ts";

const ME = "2244994945";
let fake: XFake;
beforeAll(async () => { fake = await startXFake(); });
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const credentials = { bearerToken: "app-bearer" };
const post = (n: number, extra: Partial<XFakePost> = {}): XFakePost => ({
  id: String(1_800_000_000_000_000_000n + BigInt(n)), text: `post ${n} @XDevelopers`, author_id: "7", created_at: "2024-01-15T10:30:00.000Z", mentions: [ME], ...extra,
});

describe("xPostToMessage", () => {
  it("maps the docs' mentions response, handle from includes.users", () => {
    const [data] = mentionsResponse.data;
    expect(xPostToMessage(ME, data!, mentionsResponse.includes, new Date(0))).toMatchObject({
      platform: "x", accountId: ME, kind: "mention", platformMessageId: "1301573587187331074", threadKey: "1301573587187331074",
      author: { platformId: "1234567890", handle: "developer", name: "Dev Person" }, text: "Hey @XDevelopers, love the new API!",
      url: "https://x.com/developer/status/1301573587187331074", sentAt: "2024-01-15T10:30:00.000Z",
    });
  });
});

describe("createXMentionsPoller against the fake", () => {
  it("follows pagination to the end and returns the newest id as the cursor", async () => {
    fake.seed(Array.from({ length: 230 }, (_, i) => post(i + 1)), [{ id: "7", username: "patient_person" }]);
    const result = await createXMentionsPoller({ baseUrl: fake.baseUrl }).poll({ credentials, accountId: ME });
    expect(result.messages).toHaveLength(230);
    expect(result.cursor).toBe(post(230).id);
    expect(fake.calls.filter((c) => c.path.includes("pagination_token"))).toHaveLength(2);
    expect(fake.calls[0]?.headers.authorization).toBe("Bearer app-bearer");
  });

  it("asks only for posts after the cursor and keeps the cursor when nothing is new", async () => {
    fake.seed([post(1), post(2)]);
    const poller = createXMentionsPoller({ baseUrl: fake.baseUrl });
    const first = await poller.poll({ credentials, accountId: ME, cursor: post(1).id });
    expect(first.messages.map((m) => m.platformMessageId)).toEqual([post(2).id]);
    expect(await poller.poll({ credentials, accountId: ME, cursor: first.cursor })).toEqual({ messages: [], cursor: post(2).id });
  });

  it("threads by conversation_id, uses note_tweet for long posts and includes the replied-to post as context", async () => {
    const root = post(1, { author_id: ME, text: "Our new opening hours", mentions: [] });
    const reply = post(2, { conversation_id: root.id, in_reply_to_user_id: ME, referenced_tweets: [{ type: "replied_to", id: root.id }], note_tweet: { text: "long ".repeat(80) } });
    fake.seed([root, reply]);
    const [message] = (await createXMentionsPoller({ baseUrl: fake.baseUrl }).poll({ credentials, accountId: ME })).messages;
    expect(message).toMatchObject({ kind: "comment", threadKey: root.id, parentPlatformId: root.id, context: { platformId: root.id, text: "Our new opening hours" }, text: "long ".repeat(80) });
  });

  it("skips the account's own posts and retweets but moves the cursor past them", async () => {
    fake.seed([post(1, { author_id: ME }), post(2, { referenced_tweets: [{ type: "retweeted", id: "1" }] })]);
    expect(await createXMentionsPoller({ baseUrl: fake.baseUrl }).poll({ credentials, accountId: ME })).toEqual({ messages: [], cursor: post(2).id });
  });

  it("a 429 is retryable with the wait from x-rate-limit-reset", async () => {
    fake.rateLimitNext(1, 120);
    const error = await createXMentionsPoller({ baseUrl: fake.baseUrl }).poll({ credentials, accountId: ME }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).options.retryable).toBe(true);
    expect((error as PlatformError).options.retryAfterMs).toBeGreaterThan(100_000);
  });
});

describe("createXSearchPoller against the fake", () => {
  it("finds posts with watched terms as mentions, excluding the account's own", async () => {
    fake.seed([post(1, { text: "Any #dentist open today?", mentions: [] }), post(2, { text: "unrelated", mentions: [] }), post(3, { text: "#dentist hours", author_id: ME })]);
    const result = await createXSearchPoller({ baseUrl: fake.baseUrl }).poll({ credentials, accountId: ME, settings: { watch: ["#dentist"] } });
    expect(result.messages.map((m) => [m.platformMessageId, m.kind])).toEqual([[post(1).id, "mention"]]);
    expect(decodeURIComponent(fake.calls[0]!.path)).toContain("query=(#dentist)+-is:retweet+-from:" + ME);
  });

  it("does not call X when nothing is watched", async () => {
    expect(await createXSearchPoller({ baseUrl: fake.baseUrl }).poll({ credentials, accountId: ME, cursor: "5", settings: {} })).toEqual({ messages: [], cursor: "5" });
    expect(fake.calls).toHaveLength(0);
  });
});
