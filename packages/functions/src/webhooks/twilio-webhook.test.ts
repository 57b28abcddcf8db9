import { describe, expect, it } from "vitest";
import { signTwilioRequest } from "../../../../test/fakes/twilio-fake.ts";
import { connectChannel } from "@bedside/core/channel/connect-channel";
import { systemActor } from "@bedside/core/context";
import { makeChannel, makePractice, testApp, testConfig, testDeps } from "../../../../test/helpers/test-practice.ts";
import { downStoreDeps, messagesOf, openConversations, uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

const TOKEN = "twilio-token";
// testConfig's PUBLIC_URL: Twilio signs the URL it called, never the internal host.
const URL_SIGNED = "http://localhost:3000/webhooks/twilio";

/** An inbound SMS with the parameters of Twilio's documented webhook-request table. */
function inbound(to: string, extra: Record<string, string> = {}): Record<string, string> {
  const sid = `SM${uniqueId().padStart(32, "0")}`;
  return {
    ToCountry: "US",
    ToState: "CA",
    SmsMessageSid: sid,
    NumMedia: "0",
    ToCity: "SAN FRANCISCO",
    FromZip: "94105",
    SmsSid: sid,
    FromState: "CA",
    SmsStatus: "received",
    FromCity: "SAN FRANCISCO",
    Body: "Can I move my appointment to Friday?",
    FromCountry: "US",
    To: to,
    ToZip: "94105",
    NumSegments: "1",
    MessageSid: sid,
    AccountSid: "AC0123456789abcdef0123456789abcdef",
    From: "+14155550100",
    ApiVersion: "2010-04-01",
    ...extra,
  };
}

function post(params: Record<string, string>, signature: string | null, path = "/webhooks/twilio") {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(signature ? { "x-twilio-signature": signature } : {}) },
    body: new URLSearchParams(params).toString(),
  } as const;
}

async function setup() {
  const deps = testDeps();
  const { practice } = await makePractice(deps);
  const number = `+1555${uniqueId().slice(-7).padStart(7, "0")}`;
  await makeChannel(deps, practice.id, "sms", number);
  return { deps, practice, number, app: testApp(deps) };
}

describe("POST /webhooks/twilio", () => {
  it("stores a signed inbound SMS in the practice that owns the number and answers empty TwiML", async () => {
    const { deps, practice, number, app } = await setup();
    const params = inbound(number);
    const res = await app.request("/webhooks/twilio", post(params, signTwilioRequest(URL_SIGNED, params, TOKEN)));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/xml/);
    expect(await res.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({ platform: "sms", kind: "sms", authorHandle: "+14155550100" });
  });

  it("signs the public URL including its query string", async () => {
    const { deps, practice, number, app } = await setup();
    const params = inbound(number);
    const signature = signTwilioRequest(`${URL_SIGNED}?practice=a`, params, TOKEN);
    expect((await app.request("/webhooks/twilio?practice=a", post(params, signature))).status).toBe(200);
    expect(await openConversations(deps, practice.id)).toHaveLength(1);
  });

  it("a wrong signature, a signature over the internal host, or none is 401 and nothing is stored", async () => {
    const { deps, practice, number, app } = await setup();
    const params = inbound(number);
    for (const signature of [
      signTwilioRequest(URL_SIGNED, params, "not-the-token"),
      signTwilioRequest("http://10.0.0.5:8080/webhooks/twilio", params, TOKEN),
      signTwilioRequest(URL_SIGNED, { ...params, Body: "changed" }, TOKEN),
      null,
    ]) {
      expect((await app.request("/webhooks/twilio", post(params, signature))).status).toBe(401);
    }
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("a redelivery of the same MessageSid, even concurrent, is stored once", async () => {
    const { deps, practice, number, app } = await setup();
    const params = inbound(number);
    const signature = signTwilioRequest(URL_SIGNED, params, TOKEN);
    const answers = await Promise.all([1, 2, 3].map(() => app.request("/webhooks/twilio", post(params, signature))));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(1);
    expect(await messagesOf(deps, practice.id, conversations[0].id)).toHaveLength(1);
  });

  it("two texts from one number join one conversation", async () => {
    const { deps, practice, number, app } = await setup();
    for (const params of [inbound(number), inbound(number, { Body: "Also, do you take Aetna?" })]) {
      expect((await app.request("/webhooks/twilio", post(params, signTwilioRequest(URL_SIGNED, params, TOKEN)))).status).toBe(200);
    }
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(1);
    expect(await messagesOf(deps, practice.id, conversations[0].id)).toHaveLength(2);
  });

  it("a signed body without MessageSid, From or To, or not form-encoded, is 400", async () => {
    const { app, number } = await setup();
    const params = inbound(number);
    delete (params as Record<string, string | undefined>).MessageSid;
    expect((await app.request("/webhooks/twilio", post(params, signTwilioRequest(URL_SIGNED, params, TOKEN)))).status).toBe(400);
    const json = { method: "POST", headers: { "content-type": "application/json" }, body: "{}" };
    expect((await app.request("/webhooks/twilio", json)).status).toBe(400);
  });

  it("an oversized body is 413 before anything else", async () => {
    const { app, number } = await setup();
    const params = inbound(number, { Body: "x".repeat(300_000) });
    expect((await app.request("/webhooks/twilio", post(params, signTwilioRequest(URL_SIGNED, params, TOKEN)))).status).toBe(413);
  });

  it("a text to a number no practice connected is acknowledged and not stored", async () => {
    const { deps, practice, app } = await setup();
    const params = inbound("+15550000000");
    expect((await app.request("/webhooks/twilio", post(params, signTwilioRequest(URL_SIGNED, params, TOKEN)))).status).toBe(200);
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("a store that is down answers 503, so Twilio retries", async () => {
    const app = testApp(downStoreDeps(), testConfig());
    const params = inbound("+15550000001");
    expect((await app.request("/webhooks/twilio", post(params, signTwilioRequest(URL_SIGNED, params, TOKEN)))).status).toBe(503);
  });

  it("without TWILIO_AUTH_TOKEN the route answers 503 and stores nothing", async () => {
    const app = testApp(testDeps(), testConfig({ secrets: {} }));
    const params = inbound("+15550000002");
    expect((await app.request("/webhooks/twilio", post(params, "x"))).status).toBe(503);
  });

  describe("a channel with its own Twilio auth token", () => {
    const OWN = "subaccount-token";
    async function ownTokenSetup(config = testConfig()) {
      const deps = testDeps();
      const { practice } = await makePractice(deps);
      const number = `+1555${uniqueId().slice(-7).padStart(7, "0")}`;
      await connectChannel({ ...deps, actor: systemActor(practice.id, "test") }, {
        platform: "sms",
        accountId: number,
        displayName: "SMS",
        credentials: { accountSid: "AC_sub", authToken: OWN },
      });
      return { deps, practice, number, app: testApp(deps, config) };
    }

    it("verifies with the channel's token, found by the To number", async () => {
      const { deps, practice, number, app } = await ownTokenSetup();
      const params = inbound(number);
      expect((await app.request("/webhooks/twilio", post(params, signTwilioRequest(URL_SIGNED, params, OWN)))).status).toBe(200);
      expect(await openConversations(deps, practice.id)).toHaveLength(1);
    });

    it("refuses a signature made with the account-wide token: 401 and nothing stored", async () => {
      const { deps, practice, number, app } = await ownTokenSetup();
      const params = inbound(number);
      expect((await app.request("/webhooks/twilio", post(params, signTwilioRequest(URL_SIGNED, params, TOKEN)))).status).toBe(401);
      expect(await openConversations(deps, practice.id)).toHaveLength(0);
    });

    it("works without TWILIO_AUTH_TOKEN, while numbers without their own token still answer 503", async () => {
      const { deps, practice, number, app } = await ownTokenSetup(testConfig({ secrets: {} }));
      const params = inbound(number);
      expect((await app.request("/webhooks/twilio", post(params, signTwilioRequest(URL_SIGNED, params, OWN)))).status).toBe(200);
      expect(await openConversations(deps, practice.id)).toHaveLength(1);
      const other = inbound("+15550000003");
      expect((await app.request("/webhooks/twilio", post(other, signTwilioRequest(URL_SIGNED, other, OWN)))).status).toBe(503);
    });
  });
});
