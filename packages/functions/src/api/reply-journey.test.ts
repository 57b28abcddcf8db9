import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "@bedside/core/context";
import { routeAndIngest } from "@bedside/core/ingest/route-and-ingest";
import { createApp } from "../app.ts";
import { createAppHooks } from "../jobs/app-hooks.ts";
import { sendDueReplies } from "../jobs/reply-outbox.ts";
import { createSenderFor } from "../jobs/platform-senders.ts";
import { startTwilioFake } from "../../../../test/fakes/twilio-fake.ts";
import type { FakeServer } from "../../../../test/fakes/fake-http-server.ts";
import { makeChannel, makePractice, signInAs, testConfig, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

let twilio: FakeServer;
beforeAll(async () => {
  twilio = await startTwilioFake();
});
afterAll(() => twilio.close());

type Draft = { id: string; status: string; version: number; text: string; approvers: string[]; safety: { safe: boolean; violations: Array<{ type: string; start: number; end: number }> }; send: { lastError: string | null; attempts: number } };

/** A practice with an SMS channel on the fake Twilio, and an app wired like `npm start`. */
async function setup(clock = { now: Date.now() }) {
  const deps: Deps = { ...testDeps(), clock: () => new Date(clock.now) };
  const p = await makePractice(deps);
  const number = `+1555${uniqueId().slice(0, 7)}`;
  const channel = await makeChannel(deps, p.practice.id, "sms", number);
  const { UpdateCommand } = await import("@aws-sdk/lib-dynamodb");
  await deps.store.doc.send(new UpdateCommand({ TableName: deps.store.tableName, Key: { pk: `P#${p.practice.id}`, sk: `CHANNEL#${channel.id}` }, UpdateExpression: "SET credentials = :c", ExpressionAttributeValues: { ":c": { accountSid: "AC_test", authToken: "token_test" } } }));
  const config = testConfig({ platformBaseUrls: { twilio: twilio.baseUrl } });
  const senderFor = createSenderFor(config);
  const hooks = createAppHooks(deps, config, { senderFor });
  const app = createApp({ deps, config, hooks });
  const receive = async (text: string, from = `+1555${uniqueId().slice(0, 7)}`) => {
    const outcomes = await routeAndIngest(deps, [{ platform: "sms", accountId: number, kind: "sms", platformMessageId: `SM${uniqueId()}`, threadKey: `sms:${from}`, author: { handle: from, platformId: from }, text, sentAt: new Date(clock.now).toISOString(), action: "created" }]);
    await hooks.afterIngest!(p.practice.id, outcomes);
    return outcomes[0].conversationId!;
  };
  return { ...p, deps, app, receive, senderFor, clock };
}

const send = (app: ReturnType<typeof createApp>, auth: Record<string, string>, method: string, path: string, body?: unknown) =>
  app.request(path, { method, headers: { ...auth, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });

describe("a reply goes from arrival to sent, through draft, check, role-aware approval and send", () => {
  it("an education question is drafted from an article, edited until safe, approved by a physician and sent once", async () => {
    const s = await setup();
    const { createArticle } = await import("@bedside/core/article/article-store");
    await createArticle(s.ctx, { title: "Flu shots: the facts", summary: "The flu shot cannot give you the flu: it contains no live virus. A sore arm for a day or two is common.", url: "https://example.org/flu", topics: ["flu", "flu shot", "vaccine", "influenza"], language: "en" });
    const cnv = await s.receive("Does the flu shot give you the flu? asking because everyone at work says so");
    const staff = await signInAs(s.app, s.users.staff.email);
    const physician = await signInAs(s.app, s.users.physician.email);

    const detail = (await (await send(s.app, staff.auth, "GET", `/api/conversations/${cnv}`)).json()) as { conversation: { category: string }; drafts: Draft[] };
    expect(detail.conversation.category).toBe("education");
    let draft = detail.drafts[0];
    expect(draft.text).toContain("https://example.org/flu");
    expect(draft.text).toMatch(/for advice about your own health, talk to your clinician/i);
    expect(draft.approvers).toEqual(["physician"]);

    const risky = "We checked your chart: your last flu shot was fine.";
    const check = (await (await send(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/check`, { text: risky })).json()) as Draft["safety"];
    expect(check.safe).toBe(false);
    expect(check.violations.map((v) => v.type)).toContain("confirms_patient");
    expect(risky.slice(check.violations[0].start, check.violations[0].end).length).toBeGreaterThan(0);

    draft = (await (await send(s.app, staff.auth, "PATCH", `/api/conversations/${cnv}/drafts/${draft.id}`, { version: draft.version, text: risky })).json()) as Draft;
    expect(draft.safety.safe).toBe(false);
    const safeText = "No: the flu shot has no live virus, so it cannot give you the flu. Read more: https://example.org/flu For advice about your own health, talk to your clinician.";
    draft = (await (await send(s.app, staff.auth, "PATCH", `/api/conversations/${cnv}/drafts/${draft.id}`, { version: draft.version, text: safeText })).json()) as Draft;
    expect(draft.safety.safe).toBe(true);
    draft = (await (await send(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/submit`, { version: draft.version })).json()) as Draft;
    expect(draft.status).toBe("submitted");

    expect((await send(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/decision`, { decision: "approve", version: draft.version })).status).toBe(403);
    const queue = (await (await send(s.app, physician.auth, "GET", "/api/approvals")).json()) as { items: Array<{ draft: Draft; message: string }> };
    expect(queue.items.map((i) => i.draft.id)).toContain(draft.id);
    expect(queue.items.find((i) => i.draft.id === draft.id)?.message).toMatch(/flu shot/);

    const [a, b] = await Promise.all([
      send(s.app, physician.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/decision`, { decision: "approve", version: draft.version }),
      send(s.app, physician.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/decision`, { decision: "approve", version: draft.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = (await (a.status === 409 ? a : b).json()) as { current: Draft };
    expect(loser.current.status).toBe("approved");

    const before = twilio.posted.length;
    expect(await sendDueReplies(s.deps, s.senderFor, { practiceId: s.practice.id })).toMatchObject({ sent: 1 });
    expect(await sendDueReplies(s.deps, s.senderFor, { practiceId: s.practice.id })).toMatchObject({ sent: 0 });
    expect(twilio.posted.length - before).toBe(1);
    expect(new URLSearchParams(twilio.posted.at(-1)!.body).get("Body")).toBe(safeText);

    const after = (await (await send(s.app, staff.auth, "GET", `/api/conversations/${cnv}`)).json()) as { conversation: { status: string; firstReplyAt: string | null }; messages: Array<{ direction: string }>; drafts: Draft[] };
    expect(after.conversation.status).toBe("done");
    expect(after.conversation.firstReplyAt).toBeTruthy();
    expect(after.messages.map((m) => m.direction)).toEqual(["inbound", "outbound"]);
    const history = (await (await send(s.app, staff.auth, "GET", `/api/conversations/${cnv}/history`)).json()) as { items: Array<{ action: string }> };
    expect(history.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(["message.received", "message.triaged", "draft.created", "draft.edited", "draft.submitted", "draft.approved", "reply.recorded"]),
    );
  });

  it("an urgent message gets the emergency template, which staff can send at once", async () => {
    const s = await setup();
    const cnv = await s.receive("my husband's face is drooping and he can't lift his arm, started 10 min ago");
    const staff = await signInAs(s.app, s.users.staff.email);
    const detail = (await (await send(s.app, staff.auth, "GET", `/api/conversations/${cnv}`)).json()) as { conversation: { category: string }; drafts: Draft[] };
    expect(detail.conversation.category).toBe("urgent");
    const draft = detail.drafts[0];
    expect(draft.text).toMatch(/911/);
    expect(draft.safety.safe).toBe(true);
    const sent = (await (await send(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/submit`, { version: draft.version, sendNow: true })).json()) as Draft;
    expect(sent.status).toBe("approved");
    expect(await sendDueReplies(s.deps, s.senderFor, { practiceId: s.practice.id })).toMatchObject({ sent: 1 });
  });

  it("an unsafe reply cannot be approved without a physician's written override, which is audited", async () => {
    const s = await setup();
    const cnv = await s.receive("What time do you open on Saturdays?");
    const staff = await signInAs(s.app, s.users.staff.email);
    const physician = await signInAs(s.app, s.users.physician.email);
    let draft = ((await (await send(s.app, staff.auth, "GET", `/api/conversations/${cnv}`)).json()) as { drafts: Draft[] }).drafts[0];
    draft = (await (await send(s.app, staff.auth, "PATCH", `/api/conversations/${cnv}/drafts/${draft.id}`, { version: draft.version, text: "See you at your appointment on Saturday, we open at 9." })).json()) as Draft;
    draft = (await (await send(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/submit`, { version: draft.version })).json()) as Draft;
    expect((await send(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/decision`, { decision: "approve", version: draft.version })).status).toBe(400);
    expect((await send(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/decision`, { decision: "approve", version: draft.version, overrideReason: "The writer asked us to confirm publicly." })).status).toBe(403);
    const ok = await send(s.app, physician.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/decision`, { decision: "approve", version: draft.version, overrideReason: "The writer asked us to confirm publicly." });
    expect(ok.status).toBe(200);
    const history = (await (await send(s.app, staff.auth, "GET", `/api/conversations/${cnv}/history`)).json()) as { items: Array<{ action: string }> };
    expect(history.items.map((e) => e.action)).toContain("draft.approved_with_override");
  });

  it("a failed send is retried with backoff and posts exactly once; a permanent failure shows its error", async () => {
    const clock = { now: Date.now() };
    const s = await setup(clock);
    const cnv = await s.receive("Do you accept Medicaid?");
    const staff = await signInAs(s.app, s.users.staff.email);
    let draft = ((await (await send(s.app, staff.auth, "GET", `/api/conversations/${cnv}`)).json()) as { drafts: Draft[] }).drafts[0];
    draft = (await (await send(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/submit`, { version: draft.version })).json()) as Draft;
    draft = (await (await send(s.app, staff.auth, "POST", `/api/conversations/${cnv}/drafts/${draft.id}/decision`, { decision: "approve", version: draft.version })).json()) as Draft;
    twilio.failNext(1, 503);
    const before = twilio.posted.length;
    expect(await sendDueReplies(s.deps, s.senderFor, { practiceId: s.practice.id })).toMatchObject({ retrying: 1 });
    expect(await sendDueReplies(s.deps, s.senderFor, { practiceId: s.practice.id })).toMatchObject({ sent: 0, retrying: 0 });
    clock.now += 60_000;
    expect(await sendDueReplies(s.deps, s.senderFor, { practiceId: s.practice.id })).toMatchObject({ sent: 1 });
    expect(twilio.posted.length - before).toBe(1);
  });
});
