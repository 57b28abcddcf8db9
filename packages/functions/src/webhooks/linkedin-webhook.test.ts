import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { linkedInCommentNotification, signLinkedInBody } from "../../../../test/fakes/linkedin-fake.ts";
import { makeChannel, makePractice, testApp, testConfig, testDeps } from "../../../../test/helpers/test-practice.ts";
import { downStoreDeps, messagesOf, openConversations, uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

const SECRET = "linkedin-secret";

/** The ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS envelope with COMMENTs laid out as the docs' field tables show. */
function delivery(organization: string, comments: Array<{ id: string; text: string }> = [{ id: uniqueId(), text: "Are you open Saturday?" }]) {
  const post = `urn:li:share:${uniqueId()}`;
  const notifications = comments.map((c) =>
    linkedInCommentNotification({ organization, post, commentId: c.id, text: c.text, at: 1620860614000 }),
  );
  return JSON.stringify({ type: "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS", notifications });
}

const post = (body: string, signature: string | null) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...(signature ? { "x-li-signature": signature } : {}) },
  body,
});

async function setup() {
  const deps = testDeps();
  const { practice } = await makePractice(deps);
  const org = `urn:li:organization:${uniqueId()}`;
  await makeChannel(deps, practice.id, "linkedin", org);
  return { deps, practice, org, app: testApp(deps) };
}

describe("/webhooks/linkedin", () => {
  it("answers the challengeCode validation with the HMAC of the code under the client secret", async () => {
    const app = testApp();
    const code = "890e4bb4-7ad3-4ab4-8dc3-9a7d4b1bb4a0";
    const res = await app.request(`/webhooks/linkedin?challengeCode=${code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ challengeCode: code, challengeResponse: createHmac("sha256", SECRET).update(code).digest("hex") });
    expect((await app.request("/webhooks/linkedin")).status).toBe(400);
  });

  it("stores a signed comment notification in the practice that owns the organization", async () => {
    const { deps, practice, org, app } = await setup();
    const body = delivery(org);
    expect((await app.request("/webhooks/linkedin", post(body, signLinkedInBody(body, SECRET)))).status).toBe(200);
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({ platform: "linkedin", kind: "comment" });
  });

  it("a wrong signature or none is 401 and nothing is stored", async () => {
    const { deps, practice, org, app } = await setup();
    const body = delivery(org);
    expect((await app.request("/webhooks/linkedin", post(body, signLinkedInBody(body, "not-the-secret")))).status).toBe(401);
    expect((await app.request("/webhooks/linkedin", post(body, null))).status).toBe(401);
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("a redelivery, even concurrent, is stored once", async () => {
    const { deps, practice, org, app } = await setup();
    const body = delivery(org);
    const sig = signLinkedInBody(body, SECRET);
    const answers = await Promise.all([1, 2, 3].map(() => app.request("/webhooks/linkedin", post(body, sig))));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(1);
    expect(await messagesOf(deps, practice.id, conversations[0].id)).toHaveLength(1);
  });

  it("a batch of comments on one post lands in one conversation", async () => {
    const { deps, practice, org, app } = await setup();
    const body = delivery(org, [{ id: uniqueId(), text: "First" }, { id: uniqueId(), text: "Second" }]);
    expect((await app.request("/webhooks/linkedin", post(body, signLinkedInBody(body, SECRET)))).status).toBe(200);
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(1);
    expect(await messagesOf(deps, practice.id, conversations[0].id)).toHaveLength(2);
  });

  it("malformed JSON or another notification type is 400", async () => {
    const { app } = await setup();
    for (const body of ["{nope", JSON.stringify({ type: "LEAD_ACTION", notifications: [] }), "[]"]) {
      expect((await app.request("/webhooks/linkedin", post(body, signLinkedInBody(body, SECRET)))).status).toBe(400);
    }
  });

  it("an oversized body is 413 before anything else", async () => {
    const { app, org } = await setup();
    const body = delivery(org, [{ id: uniqueId(), text: "x".repeat(300_000) }]);
    expect((await app.request("/webhooks/linkedin", post(body, signLinkedInBody(body, SECRET)))).status).toBe(413);
  });

  it("a notification for an organization no practice connected is acknowledged and not stored", async () => {
    const { deps, practice, app } = await setup();
    const body = delivery(`urn:li:organization:${uniqueId()}`);
    expect((await app.request("/webhooks/linkedin", post(body, signLinkedInBody(body, SECRET)))).status).toBe(200);
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("a store that is down answers 503, so LinkedIn retries", async () => {
    const app = testApp(downStoreDeps(), testConfig());
    const body = delivery(`urn:li:organization:${uniqueId()}`);
    expect((await app.request("/webhooks/linkedin", post(body, signLinkedInBody(body, SECRET)))).status).toBe(503);
  });
});
