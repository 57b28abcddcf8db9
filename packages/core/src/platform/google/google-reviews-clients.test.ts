import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { googleReview, startGoogleFake, type GoogleFake } from "../../../../../test/fakes/google-fake.ts";
import { PlatformError } from "../platform-client.ts";
import { createGoogleReviewsPoller } from "./google-reviews-poller.ts";
import { createGoogleReviewsSender } from "./google-reviews-sender.ts";

const location = "accounts/111/locations/222";
const credentials = { accessToken: "gbp_token" };
let fake: GoogleFake;
beforeEach(async () => {
  fake = await startGoogleFake();
  const start = Date.parse("2026-01-01T00:00:00Z");
  fake.reviews.set(
    location,
    Array.from({ length: 70 }, (_, i) => googleReview(location, `r${i}`, { comment: `review ${i}`, createTime: new Date(start + i * 60_000).toISOString() })),
  );
});
afterEach(() => fake.close());

describe("createGoogleReviewsPoller", () => {
  it("pages newest first, returns oldest first, and stops at the cursor", async () => {
    const poller = createGoogleReviewsPoller({ baseUrl: fake.baseUrl });
    const first = await poller.poll({ credentials, accountId: location });
    expect(first.messages).toHaveLength(70);
    expect(first.messages[0].text).toBe("review 0");
    expect(first.cursor).toBe("2026-01-01T01:09:00.000Z");
    expect(fake.calls[0].query.get("orderBy")).toBe("updateTime desc");

    fake.reviews.get(location)!.push(googleReview(location, "new", { comment: "new one", createTime: "2026-01-02T00:00:00.000Z" }));
    const calls = fake.calls.length;
    const second = await poller.poll({ credentials, accountId: location, cursor: first.cursor });
    expect(second.messages.map((m) => m.text)).toEqual(["new one"]);
    expect(second.cursor).toBe("2026-01-02T00:00:00.000Z");
    expect(fake.calls.length - calls).toBe(1);
  });

  it("an edited review comes back as an edit of the same id", async () => {
    const poller = createGoogleReviewsPoller({ baseUrl: fake.baseUrl });
    const { cursor } = await poller.poll({ credentials, accountId: location });
    Object.assign(fake.reviews.get(location)![3], { comment: "changed", updateTime: "2026-02-01T00:00:00.000Z" });
    const { messages } = await poller.poll({ credentials, accountId: location, cursor });
    expect(messages).toMatchObject([{ platformMessageId: `${location}/reviews/r3`, action: "edited", text: "changed" }]);
  });
});

describe("createGoogleReviewsSender", () => {
  const target = { accountId: location, platformMessageId: `${location}/reviews/r1`, threadKey: `${location}/reviews/r1`, private: false };

  it("PUTs the reply on the review", async () => {
    const result = await createGoogleReviewsSender({ baseUrl: fake.baseUrl }).sendReply({ credentials, target, text: "Thank you!", idempotencyKey: "k" });
    expect(result.platformReplyId).toBe(`${location}/reviews/r1/reply`);
    expect(fake.posted[0]).toMatchObject({ method: "PUT", path: `/v4/${location}/reviews/r1/reply` });
    expect(JSON.parse(fake.posted[0].body)).toEqual({ comment: "Thank you!" });
  });

  it("refuses a reply over 4096 bytes without calling Google", async () => {
    const error = await createGoogleReviewsSender({ baseUrl: fake.baseUrl }).sendReply({ credentials, target, text: "é".repeat(2049), idempotencyKey: "k" }).catch((e) => e);
    expect((error as PlatformError).options).toMatchObject({ retryable: false });
    expect(fake.calls).toHaveLength(0);
  });

  it.each([
    ["429 is retryable", 429, { retryable: true, retryAfterMs: 1000 }],
    ["503 is retryable", 503, { retryable: true }],
    ["403 flags the credentials", 403, { retryable: false, credentialsFailing: true }],
  ])("%s", async (_rule, status, expected) => {
    fake.failNext(1, status);
    const error = await createGoogleReviewsSender({ baseUrl: fake.baseUrl }).sendReply({ credentials, target, text: "x", idempotencyKey: "k" }).catch((e) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).options).toMatchObject({ status, ...expected });
  });
});
