import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { signMetaBody } from "@bedside/core/platform/meta/sign-meta-body";
import { makeChannel, makePractice, testApp, testConfig, testDeps } from "../../../../test/helpers/test-practice.ts";
import { downStoreDeps, messagesOf, openConversations, uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

const SECRET = "meta-secret";
// The Messenger "Text Message" item exactly as Meta documents it, inside the documented envelope.
const item = readFileSync(new URL("./fixtures/messenger.messages.text.messaging-item.json", import.meta.url), "utf8");

function delivery(pageId: string, text?: string) {
  const messaging = JSON.parse(item.replace("<PAGE_ID>", pageId).replace("<PSID>", `psid-${pageId}`));
  if (text) messaging.message.text = text;
  return JSON.stringify({ object: "page", entry: [{ id: pageId, time: 1458692752478, messaging: [messaging] }] });
}

const post = (body: string, signature: string | null, extra: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...(signature ? { "x-hub-signature-256": signature } : {}), ...extra },
  body,
});

async function setup() {
  const deps = testDeps();
  const { practice } = await makePractice(deps);
  const pageId = uniqueId();
  await makeChannel(deps, practice.id, "facebook", pageId);
  return { deps, practice, pageId, app: testApp(deps) };
}

describe("POST /webhooks/meta", () => {
  it("answers the hub.challenge handshake only with the right verify token", async () => {
    const app = testApp();
    const ok = await app.request("/webhooks/meta?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meta-verify");
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("1158201444");
    expect((await app.request("/webhooks/meta?hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong")).status).toBe(403);
  });

  it("stores a signed Messenger message in the practice that owns the Page, triaged", async () => {
    const { deps, practice, pageId, app } = await setup();
    const body = delivery(pageId, "I have had chest pain for the last hour and my left arm is numb");
    const res = await app.request("/webhooks/meta", post(body, signMetaBody(body, SECRET)));
    expect(res.status).toBe(200);
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({ platform: "facebook", kind: "direct_message", category: "urgent" });
  });

  it("a wrong signature is 401 and nothing is stored", async () => {
    const { deps, practice, pageId, app } = await setup();
    const body = delivery(pageId);
    const res = await app.request("/webhooks/meta", post(body, signMetaBody(body, "not-the-secret")));
    expect(res.status).toBe(401);
    expect((await app.request("/webhooks/meta", post(body, null))).status).toBe(401);
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("a redelivery, even concurrent, is stored once", async () => {
    const { deps, practice, pageId, app } = await setup();
    const body = delivery(pageId);
    const sig = signMetaBody(body, SECRET);
    const answers = await Promise.all([1, 2, 3, 4].map(() => app.request("/webhooks/meta", post(body, sig))));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(1);
    expect(await messagesOf(deps, practice.id, conversations[0].id)).toHaveLength(1);
  });

  it("malformed JSON or a body that is not Meta's envelope is 400", async () => {
    const { app } = await setup();
    for (const body of ["{nope", JSON.stringify({ hello: "world" }), "[]"]) {
      expect((await app.request("/webhooks/meta", post(body, signMetaBody(body, SECRET)))).status).toBe(400);
    }
  });

  it("an oversized body is 413 before anything else", async () => {
    const { app } = await setup();
    const body = JSON.stringify({ object: "page", entry: [], pad: "x".repeat(300_000) });
    expect((await app.request("/webhooks/meta", post(body, signMetaBody(body, SECRET)))).status).toBe(413);
  });

  it("an event for a Page no practice connected is acknowledged and not stored", async () => {
    const { deps, practice, app } = await setup();
    const body = delivery(uniqueId());
    expect((await app.request("/webhooks/meta", post(body, signMetaBody(body, SECRET)))).status).toBe(200);
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("a store that is down answers 503, never 200, so Meta retries", async () => {
    const app = testApp(downStoreDeps(), testConfig());
    const body = delivery(uniqueId());
    const res = await app.request("/webhooks/meta", post(body, signMetaBody(body, SECRET)));
    expect(res.status).toBe(503);
  });
});
