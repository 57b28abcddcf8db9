import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectChannel } from "@bedside/core/channel/connect-channel";
import { findChannelByAccount } from "@bedside/core/channel/find-channel";
import { readPollCursor } from "@bedside/core/channel/save-poll-cursor";
import { systemActor } from "@bedside/core/context";
import { MENTION_TEXT_PENDING } from "@bedside/core/platform/meta/fetch-instagram-mention";
import { signMetaBody } from "@bedside/core/platform/meta/sign-meta-body";
import { startGraphMentionsFake, type GraphMentionsFake } from "../../../../test/fakes/graph-mentions-fake.ts";
import { makePractice, testApp, testConfig, testDeps } from "../../../../test/helpers/test-practice.ts";
import { messagesOf, openConversations, uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { pollerRegistry } from "../jobs/poller-registry.ts";
import { runPollers } from "../jobs/run-pollers.ts";

// The documented Facebook Login `mentions` examples; tests only readdress the ids.
const fixture = (name: string) => readFileSync(new URL(`../../../core/src/platform/meta/fixtures/${name}`, import.meta.url), "utf8");
const onComment = fixture("webhook.mentions.comment.facebook-login.json");
const onMedia = fixture("webhook.mentions.media.facebook-login.json");

let graph: GraphMentionsFake;
beforeAll(async () => {
  graph = await startGraphMentionsFake();
});
afterAll(() => graph.close());

const config = () => testConfig({ platformBaseUrls: { graph: graph.graphUrl } });
const post = (body: string) => ({ method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signMetaBody(body, "meta-secret") }, body });

async function setup() {
  const deps = testDeps();
  const { practice } = await makePractice(deps);
  const igUserId = uniqueId();
  await connectChannel({ ...deps, actor: systemActor(practice.id, "test") }, {
    platform: "instagram",
    accountId: igUserId,
    displayName: "Instagram",
    credentials: { pageAccessToken: "page-token-secret" },
  });
  const ids = { comment: uniqueId(), media: uniqueId() };
  const delivery = (sample: string) =>
    JSON.stringify(JSON.parse(sample.replaceAll("17841405726653026", igUserId).replaceAll("17894227972186120", ids.comment).replaceAll("17918195224117851", ids.media))[0]);
  const stored = async () => {
    const [conversation] = await openConversations(deps, practice.id);
    return conversation ? messagesOf(deps, practice.id, conversation.id as string) : [];
  };
  return { deps, practice, igUserId, ids, delivery, stored, app: testApp(deps, config()) };
}

describe("Instagram mentions: the text is read from the Graph API", () => {
  it("a mention in a comment is stored with the comment's text, read with the channel's token", async () => {
    const t = await setup();
    graph.mentionedComments.set(t.ids.comment, { text: "@clinic my chest hurts and my left arm is numb", timestamp: "2026-05-03T16:09:08+0000" });
    const res = await t.app.request("/webhooks/meta", post(t.delivery(onComment)));
    expect(res.status).toBe(200);
    const [message] = await t.stored();
    expect(message).toMatchObject({ text: "@clinic my chest hurts and my left arm is numb", sentAt: "2026-05-03T16:09:08.000Z" });
    expect((message.triage as { category: string }).category).toBe("urgent");
    const call = graph.calls.find((c) => c.method === "GET" && c.path === `/v21.0/${t.igUserId}`)!;
    expect(call.query.get("fields")).toBe(`mentioned_comment.comment_id(${t.ids.comment}){id,text,timestamp}`);
    expect(call.headers.authorization).toBe("Bearer page-token-secret");
  });

  it("a mention in a caption is stored with the caption and the author's username", async () => {
    const t = await setup();
    graph.mentionedMedia.set(t.ids.media, { caption: "Thank you @clinic for the great care", username: "happy_patient", timestamp: "2026-05-04T08:00:00+0000" });
    expect((await t.app.request("/webhooks/meta", post(t.delivery(onMedia)))).status).toBe(200);
    const [message] = await t.stored();
    expect(message).toMatchObject({ text: "Thank you @clinic for the great care", authorHandle: "happy_patient" });
  });

  it("when the read fails, the mention is stored with a placeholder, and the job fills in the text and triages it", async () => {
    const t = await setup();
    graph.failNext(1, 500);
    expect((await t.app.request("/webhooks/meta", post(t.delivery(onComment)))).status).toBe(200);
    let [message] = await t.stored();
    expect(message).toMatchObject({ text: MENTION_TEXT_PENDING, replyRef: { pendingText: "true", comment_id: t.ids.comment } });
    let channel = (await findChannelByAccount(t.deps, "instagram", t.igUserId))!;
    expect(readPollCursor(channel, "mention_text")).toMatch(new RegExp(`^${t.ids.media}:${t.ids.comment}:\\d+$`));

    graph.mentionedComments.set(t.ids.comment, { text: "@clinic I took too many of my pills, what do I do", timestamp: "2026-05-03T16:09:08+0000" });
    const entries = pollerRegistry(config()).map((e) => ({ ...e, applies: (c: Parameters<NonNullable<typeof e.applies>>[0]) => c.practiceId === t.practice.id && (e.applies?.(c) ?? true) }));
    expect(await runPollers(t.deps, config(), { entries })).toMatchObject({ errors: 0 });
    const messages = await t.stored();
    expect(messages).toHaveLength(1);
    [message] = messages;
    expect(message.text).toBe("@clinic I took too many of my pills, what do I do");
    expect((message.triage as { category: string }).category).toBe("urgent");
    channel = (await findChannelByAccount(t.deps, "instagram", t.igUserId))!;
    expect(readPollCursor(channel, "mention_text")).toBe("none");
  });

  it("a redelivery after a failed read is still one message", async () => {
    const t = await setup();
    graph.failNext(2, 500);
    const body = t.delivery(onComment);
    expect((await t.app.request("/webhooks/meta", post(body))).status).toBe(200);
    expect((await t.app.request("/webhooks/meta", post(body))).status).toBe(200);
    expect(await t.stored()).toHaveLength(1);
    const channel = (await findChannelByAccount(t.deps, "instagram", t.igUserId))!;
    expect(readPollCursor(channel, "mention_text")?.split(",")).toHaveLength(1);
  });
});
