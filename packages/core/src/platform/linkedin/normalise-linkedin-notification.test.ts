import { describe, expect, it } from "vitest";
import { linkedInCommentNotification } from "../../../../../test/fakes/linkedin-fake.ts";
import { InvalidPayload } from "../../errors.ts";
import { normaliseLinkedInNotification } from "./normalise-linkedin-notification.ts";

const org = "urn:li:organization:2414183";
const post = "urn:li:share:6798329937394937856";
const comment = linkedInCommentNotification({ organization: org, post, commentId: "6798332323292291072", text: "Are you open Saturday?", at: 1620860614000 });
const payload = (...notifications: unknown[]) => ({ type: "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS", notifications });

describe("normaliseLinkedInNotification", () => {
  it("a COMMENT becomes a comment in the post's thread, routed by organization", () => {
    expect(normaliseLinkedInNotification(payload(comment))).toEqual([
      {
        platform: "linkedin",
        accountId: org,
        kind: "comment",
        platformMessageId: "urn:li:comment:(urn:li:activity:6798329937394937856,6798332323292291072)",
        threadKey: post,
        context: { platformId: post, url: `https://www.linkedin.com/feed/update/${post}/` },
        author: { platformId: "urn:li:person:abc123" },
        text: "Are you open Saturday?",
        url: `https://www.linkedin.com/feed/update/${post}/`,
        sentAt: "2021-05-12T23:03:34.000Z",
        action: "created",
        replyRef: { object: post, notificationId: String(comment.notificationId) },
      },
    ]);
  });

  it.each([
    ["COMMENT_EDIT is an edit", "COMMENT_EDIT", "edited"],
    ["COMMENT_DELETE is a deletion", "COMMENT_DELETE", "deleted"],
  ])("%s", (_rule, action, expected) => {
    expect(normaliseLinkedInNotification(payload({ ...comment, action }))[0].action).toBe(expected);
  });

  it("a SHARE_MENTION is a mention whose thread is the mentioning post", () => {
    const share = "urn:li:share:111";
    const mention = {
      organizationalEntity: org,
      action: "SHARE_MENTION",
      generatedActivity: share,
      decoratedGeneratedActivity: { share: { entity: share, owner: "urn:li:person:xyz", text: "Thanks @Clinic" }, createdAt: 1620860614000 },
      lastModifiedAt: 1620860614000,
    };
    const [message] = normaliseLinkedInNotification(payload(mention));
    expect(message).toMatchObject({ kind: "mention", platformMessageId: share, threadKey: share, text: "Thanks @Clinic" });
  });

  it.each(["LIKE", "SHARE", "ADMIN_COMMENT"])("drops %s", (action) => {
    expect(normaliseLinkedInNotification(payload({ ...comment, action }))).toEqual([]);
  });

  it.each([
    ["another type", { type: "LEAD_ACTION", notifications: [] }],
    ["no notifications array", { type: "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS" }],
    ["a non-organization entity", payload({ ...comment, organizationalEntity: "urn:li:person:1" })],
    ["a comment without activity or post", payload({ ...comment, generatedActivity: undefined, sourcePost: undefined, decoratedGeneratedActivity: undefined })],
    ["no lastModifiedAt", payload({ ...comment, lastModifiedAt: undefined })],
  ])("rejects %s", (_rule, body) => {
    expect(() => normaliseLinkedInNotification(body)).toThrow(InvalidPayload);
  });
});
