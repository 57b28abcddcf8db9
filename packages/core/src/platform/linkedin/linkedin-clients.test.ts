import { afterEach, describe, expect, it } from "vitest";
import { linkedInCommentNotification, startLinkedInFake, type LinkedInFake } from "../../../../../test/fakes/linkedin-fake.ts";
import { PlatformError } from "../platform-client.ts";
import { createLinkedInPoller } from "./linkedin-poller.ts";
import { activityOf, createLinkedInSender } from "./linkedin-sender.ts";

const org = "urn:li:organization:2414183";
const post = "urn:li:share:6798329937394937856";
const credentials = { accessToken: "li_token" };
let fake: LinkedInFake;
afterEach(() => fake.close());

function seed(count: number, from: number) {
  return Array.from({ length: count }, (_, i) =>
    linkedInCommentNotification({ organization: org, post, commentId: String(1000 + i), text: `comment ${i}`, at: from + i * 1000 }),
  );
}

describe("createLinkedInPoller", () => {
  it("pages through notifications and returns the newest lastModifiedAt as the cursor", async () => {
    const now = 1_700_000_000_000;
    fake = await startLinkedInFake({ notifications: seed(120, now - 3600_000) });
    const poller = createLinkedInPoller({ baseUrl: fake.baseUrl, now: () => now });
    const first = await poller.poll({ credentials, accountId: org });
    expect(first.messages).toHaveLength(120);
    expect(first.cursor).toBe(String(now - 3600_000 + 119_000));
    expect(fake.calls).toHaveLength(3);
    expect(fake.calls[0].query.get("actions")).toBe("List(COMMENT,COMMENT_EDIT,COMMENT_DELETE,SHARE_MENTION)");

    const again = await poller.poll({ credentials, accountId: org, cursor: first.cursor });
    expect(again).toEqual({ messages: [], cursor: first.cursor });
  });

  it("a 401 flags the credentials", async () => {
    fake = await startLinkedInFake();
    const error = await createLinkedInPoller({ baseUrl: fake.baseUrl }).poll({ credentials: { accessToken: "bad" }, accountId: org }).catch((e) => e);
    expect((error as PlatformError).options).toMatchObject({ status: 401, credentialsFailing: true });
  });
});

describe("createLinkedInSender", () => {
  const comment = "urn:li:comment:(urn:li:activity:6798329937394937856,1000)";
  const target = { accountId: org, platformMessageId: comment, threadKey: post, replyRef: { object: post }, private: false };

  it("nests the reply under the comment, as the organization", async () => {
    fake = await startLinkedInFake();
    const result = await createLinkedInSender({ baseUrl: fake.baseUrl }).sendReply({ credentials, target, text: "Yes, 9 to 1.", idempotencyKey: "r1" });
    expect(result.platformReplyId).toMatch(/^urn:li:comment:\(urn:li:activity:6798329937394937856,\d+\)$/);
    expect(fake.posted[0].path).toBe(`/rest/socialActions/${comment}/comments`);
    expect(JSON.parse(fake.posted[0].body)).toEqual({
      actor: org,
      object: "urn:li:activity:6798329937394937856",
      message: { text: "Yes, 9 to 1." },
      parentComment: comment,
    });
    expect(fake.posted[0].headers["x-restli-protocol-version"]).toBe("2.0.0");
  });

  it("comments on the post when answering a mention", async () => {
    fake = await startLinkedInFake();
    const mention = { ...target, platformMessageId: "urn:li:share:111", threadKey: "urn:li:share:111", replyRef: { object: "urn:li:share:111" } };
    await createLinkedInSender({ baseUrl: fake.baseUrl }).sendReply({ credentials, target: mention, text: "Thank you!", idempotencyKey: "r2" });
    expect(fake.posted[0].path).toBe("/rest/socialActions/urn:li:share:111/comments");
    expect(JSON.parse(fake.posted[0].body).parentComment).toBeUndefined();
  });

  it.each([
    ["429 is retryable", 429, true],
    ["502 is retryable", 502, true],
    ["422 is final", 422, false],
  ])("%s", async (_rule, status, retryable) => {
    fake = await startLinkedInFake();
    fake.failNext(1, status);
    const error = await createLinkedInSender({ baseUrl: fake.baseUrl }).sendReply({ credentials, target, text: "x", idempotencyKey: "r3" }).catch((e) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).options).toMatchObject({ status, retryable });
  });

  it("reads the activity out of a comment URN", () => {
    expect(activityOf(comment)).toBe("urn:li:activity:6798329937394937856");
    expect(activityOf("urn:li:share:1")).toBeUndefined();
  });
});
