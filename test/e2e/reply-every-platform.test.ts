/**
 * Issue 5, end to end for every platform: a message ARRIVES through its real route (signed webhook,
 * poller against the platform fake, or the public website form), staff find it in the inbox, edit
 * and submit the drafted reply through the API, the right role approves it, the outbox sends it,
 * and the platform fake received exactly one documented call with the right target ids and text.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "../../packages/core/src/article/article-store.ts";
import type { ChannelInput } from "../../packages/core/src/channel/channel.ts";
import { connectChannel } from "../../packages/core/src/channel/connect-channel.ts";
import { systemActor, type Deps } from "../../packages/core/src/context.ts";
import { signMetaBody } from "../../packages/core/src/platform/meta/sign-meta-body.ts";
import type { Platform } from "../../packages/core/src/platform/platform.ts";
import { signXBody } from "../../packages/core/src/platform/x/sign-x-body.ts";
import { createApp } from "../../packages/functions/src/app.ts";
import { createAppHooks } from "../../packages/functions/src/jobs/app-hooks.ts";
import { pollerRegistry, type PollerEntry } from "../../packages/functions/src/jobs/poller-registry.ts";
import { sendDueReplies } from "../../packages/functions/src/jobs/reply-outbox.ts";
import { runPollers } from "../../packages/functions/src/jobs/run-pollers.ts";
import type { FakeRequest, FakeServer } from "../fakes/fake-http-server.ts";
import { googleReview, startGoogleFake, type GoogleFake } from "../fakes/google-fake.ts";
import { linkedInCommentNotification, signLinkedInBody, startLinkedInFake, type LinkedInFake } from "../fakes/linkedin-fake.ts";
import { startMetaFake, type MetaFake, type MetaPosted } from "../fakes/meta-fake.ts";
import { buildSignedSnsNotification, SES_TEST_CREDENTIALS, SNS_TEST_CERT_PEM, SNS_TEST_KEY_PEM, startSesFake, type SesFake } from "../fakes/ses-fake.ts";
import { signTwilioRequest, startTwilioFake } from "../fakes/twilio-fake.ts";
import { startWordPressFake, wordPressComment, type WordPressFake } from "../fakes/wordpress-fake.ts";
import { startXFake, type XFake, type XPosted } from "../fakes/x-fake.ts";
import { makePractice, signInAs, testConfig, testDeps } from "../helpers/test-practice.ts";
import { uniqueId } from "../helpers/webhook-helpers.ts";

// The secrets testConfig gives the webhooks.
const META_SECRET = "meta-secret";
const X_SECRET = "x-secret";
const TWILIO_TOKEN = "twilio-token"; // the account-wide token; the SMS channel below has its own (token_test), which signs its webhooks
const LINKEDIN_SECRET = "linkedin-secret";
// Twilio signs the URL it called: testConfig's PUBLIC_URL, never the internal host.
const TWILIO_SIGNED_URL = "http://localhost:3000/webhooks/twilio";
const SES_TOPIC = "arn:aws:sns:us-east-1:012345678912:example-topic";
// An AWS host, so the real certificate-URL check runs; only the download is local.
const SNS_CERT_URL = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-test.pem";
// SES's documented "Notification of an SNS action" sample; each test readdresses and rewrites it.
const SES_SAMPLE = readFileSync(new URL("../../packages/core/src/platform/email/fixtures/ses.sns-action.received-notification.json", import.meta.url), "utf8");

const fakes = {} as { x: XFake; meta: MetaFake; twilio: FakeServer; ses: SesFake; linkedin: LinkedInFake; google: GoogleFake; wordpress: WordPressFake };
beforeAll(async () => {
  [fakes.x, fakes.meta, fakes.twilio, fakes.ses, fakes.linkedin, fakes.google, fakes.wordpress] = await Promise.all([
    startXFake(),
    startMetaFake(),
    startTwilioFake(),
    startSesFake(),
    startLinkedInFake(),
    startGoogleFake(),
    startWordPressFake(),
  ]);
});
afterAll(() => Promise.all(Object.values(fakes).map((f) => f?.close())));

type FakeName = keyof typeof fakes;
const postedCounts = () => Object.fromEntries(Object.entries(fakes).map(([name, fake]) => [name, fake.posted.length])) as Record<FakeName, number>;

function e2eConfig() {
  return testConfig({
    platformBaseUrls: {
      x: fakes.x.baseUrl,
      graph: fakes.meta.baseUrl,
      google: fakes.google.baseUrl,
      linkedin: fakes.linkedin.baseUrl,
      twilio: fakes.twilio.baseUrl,
      ses: fakes.ses.baseUrl,
    },
    sesTopicArn: SES_TOPIC,
  });
}

/** A fresh practice with the given channels, and the app wired like `npm start` (drafts after ingest). */
async function setup(channels: ChannelInput[]) {
  const deps: Deps = testDeps();
  const p = await makePractice(deps);
  for (const channel of channels) await connectChannel(p.ctx, channel);
  const config = e2eConfig();
  const hooks = createAppHooks(deps, config);
  const app = createApp({ deps, config, hooks, fetchSnsCertificate: async () => SNS_TEST_CERT_PEM });
  // The real poller registry at the fakes, limited to this practice (the test table is shared).
  const entries: PollerEntry[] = pollerRegistry(config).map((e) => ({ ...e, applies: (c) => c.practiceId === p.practice.id && (e.applies?.(c) ?? true) }));
  const poll = () => runPollers(deps, config, { entries, hooks });
  return { ...p, deps, app, hooks, poll };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const call = (app: Setup["app"], auth: Record<string, string>, method: string, path: string, body?: unknown) =>
  app.request(path, { method, headers: { ...auth, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });

const deliver = (s: Setup, path: string, body: string, headers: Record<string, string>) =>
  s.app.request(path, { method: "POST", headers, body });

type Draft = { id: string; status: string; version: number; text: string; approvers: string[]; private: boolean; safety: { safe: boolean; violations: Array<{ type: string; text: string }> } };
type Detail = {
  conversation: { id: string; platform: string; kind: string; category: string; status: string; firstReplyAt: string | null; version: number };
  messages: Array<{ direction: string; text: string }>;
  drafts: Draft[];
};

/** The ids one platform's arrival used, for checking where the reply went. */
type Ids = Record<string, string>;

interface Journey {
  name: string;
  platform: Platform;
  kind: string;
  category: "logistics" | "feedback" | "education" | "personal";
  approver: "staff" | "physician";
  /** Whether the reply goes privately (DM, SMS, email, form) or in the public thread. */
  private: boolean;
  text: string;
  /** What staff edit the draft to before submitting it. */
  reply: string;
  fake: FakeName;
  channels(ids: Ids, s: { slug: string }): ChannelInput[];
  /** Delivers the message through its real route. */
  arrive(s: Setup, ids: Ids, text: string): Promise<void>;
  /** Checks the one call the platform fake received. */
  check(posted: unknown, ids: Ids, reply: string): void;
  /** Extra set-up before arrival (e.g. an article for an education answer). */
  prepare?(s: Setup): Promise<void>;
}

const LOGISTICS_REPLY = "Thanks for asking! We are open Monday to Friday 8 to 5 and Saturday 9 to 12; the front desk can help with anything else.";

const asRequest = (posted: unknown) => posted as FakeRequest;
const jsonOf = (posted: unknown) => JSON.parse(asRequest(posted).body) as Record<string, any>;

function xActivity(forUserId: string, extra: Record<string, unknown>) {
  return JSON.stringify({ for_user_id: forUserId, ...extra });
}

function metaPage(pageId: string, entry: Record<string, unknown>) {
  return JSON.stringify({ object: "page", entry: [{ id: pageId, time: Date.now(), ...entry }] });
}

async function postSigned(s: Setup, path: string, body: string, headers: Record<string, string>, expected = 200) {
  const res = await deliver(s, path, body, { "content-type": "application/json", ...headers });
  expect(res.status, `${path} answered ${res.status}: ${await res.clone().text()}`).toBe(expected);
}

const journeys: Journey[] = [
  {
    name: "x: a mention via the signed X webhook is answered with a reply post",
    platform: "x",
    kind: "mention",
    category: "logistics",
    approver: "staff",
    private: false,
    text: "@clinic are you open on Saturday mornings?",
    reply: "Yes! We are open Saturdays 9 to 12. See you soon.",
    fake: "x",
    channels: (ids) => [{ platform: "x", accountId: ids.account, displayName: "X", credentials: { userAccessToken: "x_user_token" } }],
    async arrive(s, ids, text) {
      ids.tweet = uniqueId();
      ids.author = uniqueId();
      const body = xActivity(ids.account, {
        tweet_create_events: [
          { created_at: new Date().toUTCString(), id_str: ids.tweet, text, user: { id_str: ids.author, screen_name: "curious_neighbour", name: "Neighbour" }, in_reply_to_status_id_str: null, in_reply_to_user_id_str: null },
        ],
      });
      await postSigned(s, "/webhooks/x", body, { "x-twitter-webhooks-signature": signXBody(body, X_SECRET) });
    },
    check(posted, ids, reply) {
      const p = posted as XPosted;
      expect(p.kind).toBe("post");
      expect(p.body).toEqual({ text: reply, reply: { in_reply_to_tweet_id: ids.tweet } });
    },
  },
  {
    name: "x: a direct message via the signed X webhook is answered privately",
    platform: "x",
    kind: "direct_message",
    category: "personal",
    approver: "physician",
    private: true,
    text: "I got my biopsy results back and I am worried, can someone call me?",
    reply: "We're sorry you're worried. Please call the practice so our team can talk it through with you privately.",
    fake: "x",
    channels: (ids) => [{ platform: "x", accountId: ids.account, displayName: "X", credentials: { userAccessToken: "x_user_token" } }],
    async arrive(s, ids, text) {
      ids.dm = uniqueId();
      ids.sender = uniqueId();
      const body = xActivity(ids.account, {
        direct_message_events: [
          { type: "message_create", id: ids.dm, created_timestamp: String(Date.now()), message_create: { target: { recipient_id: ids.account }, sender_id: ids.sender, message_data: { text } } },
        ],
        users: { [ids.sender]: { id: ids.sender, name: "Dee Em", screen_name: "dee_em" } },
      });
      await postSigned(s, "/webhooks/x", body, { "x-twitter-webhooks-signature": signXBody(body, X_SECRET) });
    },
    check(posted, ids, reply) {
      const p = posted as XPosted;
      expect(p.kind).toBe("dm");
      expect(p.participantId).toBe(ids.sender);
      expect(p.body).toEqual({ text: reply });
    },
  },
  {
    name: "facebook: a Page comment via the signed Meta webhook is answered with a comment reply",
    platform: "facebook",
    kind: "comment",
    category: "logistics",
    approver: "staff",
    private: false,
    text: "Where do I park when I come to your office?",
    reply: "There is free parking behind the building; the entrance is on the side street.",
    fake: "meta",
    channels: (ids) => [{ platform: "facebook", accountId: ids.account, displayName: "Facebook", credentials: { pageAccessToken: "page_token" } }],
    async arrive(s, ids, text) {
      ids.post = `${ids.account}_${uniqueId()}`;
      ids.comment = `${ids.post.split("_")[1]}_${uniqueId()}`;
      const body = metaPage(ids.account, {
        changes: [
          { field: "feed", value: { item: "comment", verb: "add", post_id: ids.post, comment_id: ids.comment, parent_id: ids.post, from: { id: uniqueId(), name: "Visitor" }, message: text, created_time: Math.floor(Date.now() / 1000) } },
        ],
      });
      await postSigned(s, "/webhooks/meta", body, { "x-hub-signature-256": signMetaBody(body, META_SECRET) });
    },
    check(posted, ids, reply) {
      const p = posted as MetaPosted;
      expect(p.edge).toBe("comments");
      expect(p.targetId).toBe(ids.comment);
      expect(p.body).toEqual({ message: reply });
    },
  },
  {
    name: "facebook: a Messenger message via the signed Meta webhook is answered with the Send API",
    platform: "facebook",
    kind: "direct_message",
    category: "logistics",
    approver: "staff",
    private: true,
    text: "What are your opening hours this week?",
    reply: LOGISTICS_REPLY,
    fake: "meta",
    channels: (ids) => [{ platform: "facebook", accountId: ids.account, displayName: "Facebook", credentials: { pageAccessToken: "page_token" } }],
    async arrive(s, ids, text) {
      ids.psid = uniqueId();
      ids.mid = `mid.${uniqueId()}:41d102a3e1ae206a38`;
      const body = metaPage(ids.account, {
        messaging: [{ sender: { id: ids.psid }, recipient: { id: ids.account }, timestamp: Date.now(), message: { mid: ids.mid, text } }],
      });
      await postSigned(s, "/webhooks/meta", body, { "x-hub-signature-256": signMetaBody(body, META_SECRET) });
    },
    check(posted, ids, reply) {
      const p = posted as MetaPosted;
      expect(p.edge).toBe("messages");
      expect(p.targetId).toBe(ids.account);
      expect(p.body).toEqual({ recipient: { id: ids.psid }, messaging_type: "RESPONSE", message: { text: reply } });
    },
  },
  {
    name: "instagram: a comment via the signed Meta webhook is answered on /replies",
    platform: "instagram",
    kind: "comment",
    category: "logistics",
    approver: "staff",
    private: false,
    text: "Do you take new patients?",
    reply: "Yes, we are welcoming new patients; call the front desk or book on our website.",
    fake: "meta",
    channels: (ids) => [{ platform: "instagram", accountId: ids.account, displayName: "Instagram", credentials: { pageAccessToken: "ig_token" } }],
    async arrive(s, ids, text) {
      ids.media = uniqueId();
      ids.comment = uniqueId();
      const body = JSON.stringify({
        object: "instagram",
        entry: [{ id: ids.account, time: Math.floor(Date.now() / 1000), changes: [{ field: "comments", value: { from: { id: uniqueId(), username: "ig_visitor" }, media: { id: ids.media, media_product_type: "FEED" }, id: ids.comment, text } }] }],
      });
      await postSigned(s, "/webhooks/meta", body, { "x-hub-signature-256": signMetaBody(body, META_SECRET) });
    },
    check(posted, ids, reply) {
      const p = posted as MetaPosted;
      expect(p.edge).toBe("replies");
      expect(p.targetId).toBe(ids.comment);
      expect(p.body).toEqual({ message: reply });
    },
  },
  {
    name: "linkedin: a comment via the signed LinkedIn notification is answered with a nested comment",
    platform: "linkedin",
    kind: "comment",
    category: "logistics",
    approver: "staff",
    private: false,
    text: "Is the practice accepting new patients this year?",
    reply: "We are! Call the front desk or book through our website to get started.",
    fake: "linkedin",
    channels: (ids) => [{ platform: "linkedin", accountId: ids.account, displayName: "LinkedIn", credentials: { accessToken: "li_token" } }],
    async arrive(s, ids, text) {
      const share = uniqueId();
      ids.post = `urn:li:share:${share}`;
      ids.activity = `urn:li:activity:${share}`;
      ids.commentId = uniqueId();
      ids.comment = `urn:li:comment:(${ids.activity},${ids.commentId})`;
      const body = JSON.stringify({
        type: "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS",
        notifications: [linkedInCommentNotification({ organization: ids.account, post: ids.post, commentId: ids.commentId, text, at: Date.now() })],
      });
      await postSigned(s, "/webhooks/linkedin", body, { "x-li-signature": signLinkedInBody(body, LINKEDIN_SECRET) });
    },
    check(posted, ids, reply) {
      const req = asRequest(posted);
      expect(req.method).toBe("POST");
      expect(req.path).toBe(`/rest/socialActions/${ids.comment}/comments`);
      expect(req.headers.authorization).toBe("Bearer li_token");
      expect(jsonOf(req)).toEqual({ actor: ids.account, object: ids.activity, message: { text: reply }, parentComment: ids.comment });
    },
  },
  {
    name: "google_reviews: a review read by the poller from the Google fake is answered with PUT reply",
    platform: "google_reviews",
    kind: "review",
    category: "feedback",
    approver: "staff",
    private: false,
    text: "Dr. Lee and the front desk were wonderful, thank you for the kind care!",
    reply: "Thank you so much for the kind words; we will pass them on to the whole team.",
    fake: "google",
    channels: (ids) => [{ platform: "google_reviews", accountId: ids.account, displayName: "Google", credentials: { accessToken: "gbp_token" } }],
    async arrive(s, ids, text) {
      ids.review = uniqueId();
      ids.reviewName = `${ids.account}/reviews/${ids.review}`;
      fakes.google.reviews.set(ids.account, [googleReview(ids.account, ids.review, { comment: text, stars: "FIVE", createTime: new Date().toISOString() })]);
      expect(await s.poll()).toMatchObject({ stored: 1, errors: 0 });
    },
    check(posted, ids, reply) {
      const req = asRequest(posted);
      expect(req.method).toBe("PUT");
      expect(req.path).toBe(`/v4/${ids.reviewName}/reply`);
      expect(jsonOf(req)).toEqual({ comment: reply });
      expect(fakes.google.reviews.get(ids.account)![0].reviewReply).toMatchObject({ comment: reply });
    },
  },
  {
    name: "blog: a WordPress comment read by the poller is answered with a reply comment",
    platform: "blog",
    kind: "comment",
    category: "education",
    approver: "physician",
    private: false,
    text: "Does the flu shot give you the flu? asking because everyone at work says so",
    reply: "No: the flu shot has no live virus, so it cannot give you the flu. Read more: https://example.org/flu For advice about your own health, talk to your clinician.",
    fake: "wordpress",
    channels: () => [{ platform: "blog", accountId: fakes.wordpress.baseUrl, displayName: "Blog", credentials: { username: "editor", applicationPassword: "abcd efgh" } }],
    async prepare(s) {
      await createArticle(s.ctx, { title: "Flu shots: the facts", summary: "The flu shot cannot give you the flu: it contains no live virus.", url: "https://example.org/flu", topics: ["flu", "flu shot", "vaccine", "influenza"], language: "en" });
    },
    async arrive(s, ids, text) {
      const id = fakes.wordpress.comments.reduce((max, c) => Math.max(max, c.id as number), 100) + 1;
      ids.post = String(40 + id);
      ids.comment = String(id);
      fakes.wordpress.comments.push(wordPressComment(fakes.wordpress.baseUrl, id, { post: Number(ids.post), text, dateGmt: new Date().toISOString().slice(0, 19) }));
      expect(await s.poll()).toMatchObject({ stored: 1, errors: 0 });
    },
    check(posted, ids, reply) {
      const req = asRequest(posted);
      expect(req.method).toBe("POST");
      expect(req.path).toBe("/wp-json/wp/v2/comments");
      expect(jsonOf(req)).toEqual({ post: Number(ids.post), parent: Number(ids.comment), content: reply });
    },
  },
  {
    name: "sms: a signed Twilio webhook is answered through Messages.json",
    platform: "sms",
    kind: "sms",
    category: "logistics",
    approver: "staff",
    private: true,
    text: "Can I move my appointment to Friday?",
    reply: "Of course. Please call the front desk and we will find a Friday time that suits you.",
    fake: "twilio",
    channels: (ids) => [{ platform: "sms", accountId: ids.number, displayName: "SMS", credentials: { accountSid: "AC_test", authToken: "token_test" } }],
    async arrive(s, ids, text) {
      ids.from = `+1415${uniqueId().slice(-7).padStart(7, "0")}`;
      const sid = `SM${uniqueId().padStart(32, "0")}`;
      const params = { MessageSid: sid, SmsSid: sid, SmsMessageSid: sid, AccountSid: "AC_test", From: ids.from, To: ids.number, Body: text, NumMedia: "0", NumSegments: "1", SmsStatus: "received", ApiVersion: "2010-04-01" };
      const res = await deliver(s, "/webhooks/twilio", new URLSearchParams(params).toString(), {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": signTwilioRequest(TWILIO_SIGNED_URL, params, "token_test"),
      });
      expect(res.status).toBe(200);
    },
    check(posted, ids, reply) {
      const req = asRequest(posted);
      expect(req.path).toBe("/2010-04-01/Accounts/AC_test/Messages.json");
      expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({ To: ids.from, From: ids.number, Body: reply });
    },
  },
  {
    name: "email: a signed SNS/SES notification is answered with SES SendEmail",
    platform: "email",
    kind: "email",
    category: "personal",
    approver: "physician",
    private: true,
    text: "Can you tell me what my blood test results mean? My cholesterol came back high.",
    reply: "Thank you for writing. We can't go over results by email; please call the practice so your clinician can talk them through with you.",
    fake: "ses",
    channels: (ids) => [{ platform: "email", accountId: ids.address, displayName: "Email", credentials: { ...SES_TEST_CREDENTIALS } }],
    async arrive(s, ids, text) {
      ids.subject = "My blood test";
      ids.inbound = `<${uniqueId()}@mail.example.com>`;
      const notification = SES_SAMPLE.replaceAll("recipient@example.com", ids.address)
        .replaceAll("d6iitobk75ur44p8kdnnp7g2n800", `ses${uniqueId()}`)
        .replaceAll("<61967230-7A45-4A9D-BEC9-87CBCF2211C9@example.com>", ids.inbound)
        .replaceAll("Example subject", ids.subject)
        .replaceAll("Example content", text);
      const envelope = buildSignedSnsNotification(notification, SNS_TEST_KEY_PEM, SNS_CERT_URL, { topicArn: SES_TOPIC });
      const res = await deliver(s, "/webhooks/email", JSON.stringify(envelope), { "content-type": "text/plain; charset=UTF-8" });
      expect(res.status).toBe(200);
    },
    check(posted, ids, reply) {
      const mail = decodeSesPost(posted);
      expect(mail.from).toBe(ids.address);
      expect(mail.to).toEqual(["sender@example.com"]);
      expect(mail.headers.Subject).toBe(`Re: ${ids.subject}`);
      expect(mail.headers["In-Reply-To"]).toBe(ids.inbound);
      expect(mail.text).toBe(reply);
    },
  },
  {
    name: "web_form: a question posted to the public form is answered by email through the practice's email channel",
    platform: "web_form",
    kind: "form_submission",
    category: "logistics",
    approver: "staff",
    private: true,
    text: "Do you accept Medicaid?",
    reply: "Yes, we accept Medicaid. Bring your card along and the front desk will take care of the rest.",
    fake: "ses",
    channels: (ids, s) => [
      { platform: "web_form", accountId: s.slug, displayName: "Website form" },
      { platform: "email", accountId: ids.address, displayName: "Email", credentials: { ...SES_TEST_CREDENTIALS } },
    ],
    async arrive(s, ids, text) {
      ids.contact = `asker-${uniqueId()}@example.net`;
      const res = await s.app.request(`/api/public/practices/${s.slug}/questions`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
        body: JSON.stringify({ name: "Pat Asker", contact: ids.contact, question: text }),
      });
      expect(res.status).toBe(202);
    },
    check(posted, ids, reply) {
      const mail = decodeSesPost(posted);
      expect(mail.from).toBe(ids.address);
      expect(mail.to).toEqual([ids.contact]);
      expect(mail.text).toBe(reply);
    },
  },
];

/** The SES v2 SendEmail body: From, To and the base64 MIME reply, decoded. */
function decodeSesPost(posted: unknown) {
  const req = asRequest(posted);
  expect(req.method).toBe("POST");
  expect(req.path).toBe("/v2/email/outbound-emails");
  const body = jsonOf(req) as { FromEmailAddress: string; Destination: { ToAddresses: string[] }; Content: { Raw: { Data: string } } };
  const mime = Buffer.from(body.Content.Raw.Data, "base64").toString("utf8");
  const [head, encoded] = mime.split("\r\n\r\n");
  const headers = Object.fromEntries(head.split("\r\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]));
  expect(headers.From).toBe(body.FromEmailAddress);
  expect(headers.To).toBe(body.Destination.ToAddresses.join(", "));
  return { from: body.FromEmailAddress, to: body.Destination.ToAddresses, headers, text: Buffer.from(encoded.replace(/\r\n/g, ""), "base64").toString("utf8") };
}

function accountIds(platform: Platform): Ids {
  const id = uniqueId();
  return {
    account: platform === "linkedin" ? `urn:li:organization:${id}` : platform === "google_reviews" ? `accounts/${id}/locations/${uniqueId()}` : id,
    number: `+1555${id.slice(-7).padStart(7, "0")}`,
    address: `inbox-${id}@practice.example.com`,
  };
}

describe("a message goes from arrival to a sent reply on every platform (issue 5)", () => {
  it.each(journeys.map((j) => [j.name, j] as const))("%s", async (_name, j) => {
    const ids = accountIds(j.platform);
    const s = await setup([]);
    for (const channel of j.channels(ids, s)) await connectChannel(s.ctx, channel);
    await j.prepare?.(s);

    // Arrival through the platform's real route.
    await j.arrive(s, ids, j.text);

    // Staff see it in the inbox, triaged, with a drafted reply.
    const staff = await signInAs(s.app, s.users.staff.email);
    const physician = await signInAs(s.app, s.users.physician.email);
    const inbox = (await (await call(s.app, staff.auth, "GET", `/api/conversations?platform=${j.platform}`)).json()) as { items: Array<{ id: string; platform: string; kind: string; category: string; status: string }> };
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ platform: j.platform, kind: j.kind, category: j.category, status: "open" });
    const cnv = inbox.items[0].id;

    const detail = (await (await call(s.app, staff.auth, "GET", `/api/conversations/${cnv}`)).json()) as Detail;
    expect(detail.messages.map((m) => m.direction)).toEqual(["inbound"]);
    expect(detail.messages[0].text).toContain(j.text);
    expect(detail.drafts).toHaveLength(1);
    let draft = detail.drafts[0];
    expect(draft).toMatchObject({ status: "draft", approvers: j.approver === "physician" ? ["physician"] : ["staff", "physician"], private: j.private });

    // Staff edit the draft (re-checked on save) and submit it.
    const edited = await call(s.app, staff.auth, "PATCH", `/api/conversations/${cnv}/drafts/${draft.id}`, { version: draft.version, text: j.reply });
    expect(edited.status).toBe(200);
    draft = (await edited.json()) as Draft;
    expect(draft.text).toBe(j.reply);
    expect(draft.safety, JSON.stringify(draft.safety.violations)).toMatchObject({ safe: true });
    const submitted = await call(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/submit`, { version: draft.version });
    expect(submitted.status).toBe(200);
    draft = (await submitted.json()) as Draft;
    expect(draft.status).toBe("submitted");

    // Role-aware approval: clinical answers need a physician; logistics and feedback are staff's.
    if (j.approver === "physician") {
      expect((await call(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/decision`, { decision: "approve", version: draft.version })).status).toBe(403);
    }
    const approver = j.approver === "physician" ? physician : staff;
    const decided = await call(s.app, approver.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/decision`, { decision: "approve", version: draft.version });
    expect(decided.status).toBe(200);
    expect(((await decided.json()) as Draft).status).toBe("approved");

    // The outbox sends it once: exactly one documented call, on this platform's fake only.
    const before = postedCounts();
    expect(await sendDueReplies(s.deps, s.hooks.senderFor, { practiceId: s.practice.id })).toEqual({ sent: 1, failed: 0, retrying: 0 });
    expect(await sendDueReplies(s.deps, s.hooks.senderFor, { practiceId: s.practice.id })).toEqual({ sent: 0, failed: 0, retrying: 0 });
    const after = postedCounts();
    const delta = Object.fromEntries(Object.keys(before).map((k) => [k, after[k as FakeName] - before[k as FakeName]]));
    expect(delta).toEqual({ ...Object.fromEntries(Object.keys(before).map((k) => [k, 0])), [j.fake]: 1 });
    j.check(fakes[j.fake].posted.at(-1), ids, j.reply);

    // The conversation is done, with its first response time and the reply on record.
    const done = (await (await call(s.app, staff.auth, "GET", `/api/conversations/${cnv}`)).json()) as Detail;
    expect(done.conversation.status).toBe("done");
    expect(done.conversation.firstReplyAt).toBeTruthy();
    expect(done.messages.map((m) => m.direction)).toEqual(["inbound", "outbound"]);
    expect(done.messages[1].text).toBe(j.reply);
    expect(done.drafts.find((d) => d.id === draft.id)?.status).toBe("sent");
  });
});
