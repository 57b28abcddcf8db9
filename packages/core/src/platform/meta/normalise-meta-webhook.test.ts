import { describe, expect, it } from "vitest";
import { InvalidPayload } from "../../errors.ts";
import userPhotos from "./fixtures/graph-webhooks.getting-started.user-photos.notification.json" with { type: "json" };
import attachmentEntry from "./fixtures/messenger.messages.attachment.entry.json" with { type: "json" };
import replyItem from "./fixtures/messenger.messages.reply.messaging-item.json" with { type: "json" };
import textItem from "./fixtures/messenger.messages.text.messaging-item.json" with { type: "json" };
import igComments from "./fixtures/constructed.instagram.comments.json" with { type: "json" };
import igMessaging from "./fixtures/constructed.instagram.messaging.json" with { type: "json" };
import feedEditRemovePost from "./fixtures/constructed.page-feed.edit-remove-post.json" with { type: "json" };
import feed from "./fixtures/constructed.page-feed.json" with { type: "json" };
import mentionOnComment from "./fixtures/webhook.mentions.comment.facebook-login.json" with { type: "json" };
import mentionOnMedia from "./fixtures/webhook.mentions.media.facebook-login.json" with { type: "json" };
import { normaliseMetaWebhook } from "./normalise-meta-webhook.ts";

const PAGE = "1142469655832956";
const POST = "1142469655832956_1164870100259578";
const pageEnvelope = (messaging: unknown[]) => ({ object: "page", entry: [{ id: "<PAGE_ID>", time: 1, messaging }] });

describe("normaliseMetaWebhook: Page feed", () => {
  const [top, reply, ...rest] = normaliseMetaWebhook(feed);

  it("a top-level comment joins the thread of its post", () => {
    expect(top).toMatchObject({
      platform: "facebook", accountId: PAGE, kind: "comment", action: "created",
      platformMessageId: "1164870100259578_2001", threadKey: POST, parentPlatformId: POST,
      context: { platformId: POST }, author: { platformId: "7001", name: "Visitor One" },
      text: "Are you open on Saturday?", sentAt: "2024-06-10T06:13:20.000Z",
      replyRef: { surface: "facebook", reply_to_id: "1164870100259578_2001" },
    });
  });

  it("a reply to a comment joins the same thread and is answered under the top-level comment", () => {
    expect(reply).toMatchObject({ threadKey: POST, parentPlatformId: "1164870100259578_2001", replyRef: { reply_to_id: "1164870100259578_2001" } });
  });

  it("skips the Page's own comment (outbound echo) and reactions", () => {
    expect(rest).toEqual([]);
  });

  it("maps verbs edited and remove to edited and deleted; a visitor post is a mention that starts its own thread", () => {
    const [edited, removed, post] = normaliseMetaWebhook(feedEditRemovePost);
    expect(edited).toMatchObject({ action: "edited", platformMessageId: "1164870100259578_2001", text: "Are you open on Sunday?" });
    expect(removed).toMatchObject({ action: "deleted", platformMessageId: "1164870100259578_2002", text: "" });
    expect(post).toMatchObject({ kind: "mention", platformMessageId: "1142469655832956_1190000000000001", threadKey: "1142469655832956_1190000000000001" });
  });
});

describe("normaliseMetaWebhook: Messenger (docs samples)", () => {
  it("a text message is a DM threaded by the sender's PSID, addressed to the recipient Page", () => {
    expect(normaliseMetaWebhook(pageEnvelope([textItem]))).toEqual([{
      platform: "facebook", accountId: "<PAGE_ID>", kind: "direct_message", platformMessageId: "mid.1457764197618:41d102a3e1ae206a38",
      threadKey: "dm:<PSID>", parentPlatformId: undefined, author: { platformId: "<PSID>" }, text: "hello, world!",
      sentAt: "2016-03-23T00:25:52.478Z", action: "created", replyRef: { surface: "facebook", recipient_id: "<PSID>" },
    }]);
  });

  it("a reply message points at the message it answers", () => {
    expect(normaliseMetaWebhook(pageEnvelope([replyItem]))[0]?.parentPlatformId).toBe("m_1fTq8oLumEyIp3Q2MR-aY7IfLZDamVrALniheU");
  });

  it("an attachments-only message gets a placeholder text (the docs' type is itself a placeholder)", () => {
    const [message] = normaliseMetaWebhook({ object: "page", entry: [attachmentEntry] });
    expect(message).toMatchObject({ text: "[attachment]", platformMessageId: "mid.$cAAJdkrCd2ORnva8ErFhjGm0X_Q_c" });
    const image = structuredClone(attachmentEntry);
    image.messaging[0]!.message.attachments[0]!.type = "image";
    expect(normaliseMetaWebhook({ object: "page", entry: [image] })[0]?.text).toBe("[image attachment]");
  });

  it.each([
    ["echoes of what the Page sent", { ...textItem, message: { ...textItem.message, is_echo: true } }],
    ["delivery receipts", { sender: { id: "1" }, recipient: { id: "2" }, timestamp: 1, delivery: { mids: ["m"], watermark: 1 } }],
    ["read receipts", { sender: { id: "1" }, recipient: { id: "2" }, timestamp: 1, read: { watermark: 1 } }],
    ["messages sent by the Page itself", { ...textItem, sender: { id: "<PAGE_ID>" } }],
  ])("skips %s", (_rule, item) => {
    expect(normaliseMetaWebhook(pageEnvelope([item]))).toEqual([]);
  });
});

describe("normaliseMetaWebhook: Instagram", () => {
  it("comments thread by media; replies point at their parent; own and live comments are skipped", () => {
    const messages = normaliseMetaWebhook(igComments);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({
      platform: "instagram", accountId: "17841405726653026", kind: "comment", platformMessageId: "17865799348089039",
      threadKey: "123123123", author: { platformId: "232323232", handle: "test_user" }, text: "Do you take new patients?",
      replyRef: { surface: "instagram", media_id: "123123123", reply_to_id: "17865799348089039" },
    });
    expect(messages[1]).toMatchObject({ threadKey: "123123123", parentPlatformId: "17865799348089039", replyRef: { reply_to_id: "17865799348089039" } });
  });

  it("an id-only mention on a comment becomes a mention with empty text, to be fetched later (docs sample)", () => {
    expect(normaliseMetaWebhook(mentionOnComment[0])).toEqual([{
      platform: "instagram", accountId: "17841405726653026", kind: "mention", platformMessageId: "17894227972186120",
      threadKey: "17918195224117851", context: { platformId: "17918195224117851" }, author: {}, text: "",
      sentAt: "2018-03-09T19:16:08.000Z", action: "created",
      replyRef: { surface: "instagram", mention: "true", media_id: "17918195224117851", comment_id: "17894227972186120" },
    }]);
  });

  it("an id-only mention in a caption is keyed by the media id (docs sample)", () => {
    expect(normaliseMetaWebhook(mentionOnMedia[0])[0]).toMatchObject({ platformMessageId: "17918195224117851", replyRef: { media_id: "17918195224117851" } });
  });

  it("Instagram DMs thread by IGSID and skip echoes", () => {
    expect(normaliseMetaWebhook(igMessaging)).toMatchObject([{ platform: "instagram", kind: "direct_message", threadKey: "dm:IGSID-1", accountId: "17841405726653026" }]);
  });
});

describe("normaliseMetaWebhook: envelope", () => {
  it.each([
    ["an object other than page or instagram (the docs' user/photos sample)", userPhotos],
    ["the docs' list form of a notification", mentionOnMedia],
    ["a missing entry array", { object: "page" }],
    ["an entry without an id", { object: "page", entry: [{ time: 1 }] }],
    ["a feed change without item", { object: "page", entry: [{ id: "1", changes: [{ field: "feed", value: { verb: "add" } }] }] }],
    ["a comment without its ids", { object: "page", entry: [{ id: "1", changes: [{ field: "feed", value: { item: "comment", verb: "add" } }] }] }],
    ["a DM without mid", pageEnvelope([{ sender: { id: "1" }, recipient: { id: "2" }, message: { text: "x" } }])],
    ["not JSON", "hello"],
  ])("rejects %s as InvalidPayload", (_rule, payload) => {
    expect(() => normaliseMetaWebhook(payload)).toThrow(InvalidPayload);
  });

  it("returns every message of a batch across entries", () => {
    const batch = { object: "page", entry: [...feed.entry, ...feedEditRemovePost.entry] };
    expect(normaliseMetaWebhook(batch)).toHaveLength(5);
  });

  it("ignores fields Bedside does not handle", () => {
    expect(normaliseMetaWebhook({ object: "page", entry: [{ id: "1", changes: [{ field: "ratings", value: {} }] }] })).toEqual([]);
  });
});
