import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import type { Deps } from "@bedside/core/context";
import {
  SNS_TEST_CERT_PEM,
  SNS_TEST_KEY_PEM,
  buildSignedSnsNotification,
  buildSignedSnsSubscriptionConfirmation,
} from "../../../../test/fakes/ses-fake.ts";
import { makeChannel, makePractice, testConfig, testDeps } from "../../../../test/helpers/test-practice.ts";
import { downStoreDeps, messagesOf, openConversations, uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { createApp } from "../app.ts";

const TOPIC = "arn:aws:sns:us-east-1:012345678912:example-topic";
// The certificate URL has AWS's host, so the real host check runs; only the download is local.
const CERT_URL = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-test.pem";
// SES's documented "Notification of an SNS action" sample, byte for byte; tests only readdress it.
const sample = readFileSync(new URL("../../../core/src/platform/email/fixtures/ses.sns-action.received-notification.json", import.meta.url), "utf8");

function sesMessage(recipient: string): string {
  return sample.replaceAll("recipient@example.com", recipient);
}

function emailApp(deps: Deps = testDeps(), config = testConfig({ sesTopicArn: TOPIC })) {
  const fetchSnsCertificate = vi.fn(async () => SNS_TEST_CERT_PEM);
  const fetch = vi.fn(async () => new Response("<ConfirmSubscriptionResponse/>", { status: 200 }));
  const app = createApp({ deps, config, fetchSnsCertificate, fetch: fetch as unknown as typeof globalThis.fetch });
  return { app, fetchSnsCertificate, fetch };
}

// SNS posts its JSON as text/plain.
const post = (body: string) => ({ method: "POST", headers: { "content-type": "text/plain; charset=UTF-8" }, body });

async function setup() {
  const deps = testDeps();
  const { practice } = await makePractice(deps);
  const address = `inbox-${uniqueId()}@example.com`;
  await makeChannel(deps, practice.id, "email", address);
  return { deps, practice, address, ...emailApp(deps) };
}

describe("POST /webhooks/email", () => {
  it("stores the documented SES notification, signed by SNS, in the practice that owns the address", async () => {
    const { deps, practice, address, app, fetchSnsCertificate } = await setup();
    const envelope = buildSignedSnsNotification(sesMessage(address), SNS_TEST_KEY_PEM, CERT_URL);
    const res = await app.request("/webhooks/email", post(JSON.stringify(envelope)));
    expect(res.status).toBe(200);
    expect(fetchSnsCertificate).toHaveBeenCalledWith(CERT_URL);
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({ platform: "email", kind: "email", authorHandle: "sender@example.com" });
  });

  it("accepts SignatureVersion 2 (SHA256)", async () => {
    const { deps, practice, address, app } = await setup();
    const envelope = buildSignedSnsNotification(sesMessage(address), SNS_TEST_KEY_PEM, CERT_URL, { signatureVersion: "2" });
    expect((await app.request("/webhooks/email", post(JSON.stringify(envelope)))).status).toBe(200);
    expect(await openConversations(deps, practice.id)).toHaveLength(1);
  });

  it("a wrong signature, a changed message or a certificate off AWS's hosts is 401 and nothing is stored", async () => {
    const { deps, practice, address, app, fetchSnsCertificate } = await setup();
    const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const good = buildSignedSnsNotification(sesMessage(address), SNS_TEST_KEY_PEM, CERT_URL);
    const offHost = buildSignedSnsNotification(sesMessage(address), SNS_TEST_KEY_PEM, "https://sns.us-east-1.amazonaws.com.evil.io/c.pem");
    for (const envelope of [
      buildSignedSnsNotification(sesMessage(address), otherKey, CERT_URL),
      { ...good, Message: good.Message.replace("Example content", "Other content") },
      offHost,
      { ...good, SigningCertURL: "http://sns.us-east-1.amazonaws.com/SimpleNotificationService-test.pem" },
    ]) {
      expect((await app.request("/webhooks/email", post(JSON.stringify(envelope)))).status).toBe(401);
    }
    expect(fetchSnsCertificate).not.toHaveBeenCalledWith(offHost.SigningCertURL);
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("a redelivery (SNS retries with the same SES message), even concurrent, is stored once", async () => {
    const { deps, practice, address, app } = await setup();
    const body = JSON.stringify(buildSignedSnsNotification(sesMessage(address), SNS_TEST_KEY_PEM, CERT_URL));
    const answers = await Promise.all([1, 2, 3].map(() => app.request("/webhooks/email", post(body))));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    const again = JSON.stringify(buildSignedSnsNotification(sesMessage(address), SNS_TEST_KEY_PEM, CERT_URL));
    expect((await app.request("/webhooks/email", post(again))).status).toBe(200);
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(1);
    expect(await messagesOf(deps, practice.id, conversations[0].id)).toHaveLength(1);
  });

  it("confirms a SubscriptionConfirmation of the configured topic by GETting its SubscribeURL, once", async () => {
    const { app, fetch } = await setup();
    const envelope = buildSignedSnsSubscriptionConfirmation(SNS_TEST_KEY_PEM, CERT_URL, { topicArn: TOPIC });
    expect((await app.request("/webhooks/email", post(JSON.stringify(envelope)))).status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]).toEqual([envelope.SubscribeURL, expect.objectContaining({ method: "GET" })]);
  });

  it("never confirms another topic's subscription, nor reads its notifications", async () => {
    const { deps, practice, address, app, fetch } = await setup();
    const otherTopic = "arn:aws:sns:us-east-1:999999999999:someone-else";
    const confirmation = buildSignedSnsSubscriptionConfirmation(SNS_TEST_KEY_PEM, CERT_URL, { topicArn: otherTopic });
    expect((await app.request("/webhooks/email", post(JSON.stringify(confirmation)))).status).toBe(200);
    const notification = buildSignedSnsNotification(sesMessage(address), SNS_TEST_KEY_PEM, CERT_URL, { topicArn: otherTopic });
    expect((await app.request("/webhooks/email", post(JSON.stringify(notification)))).status).toBe(200);
    expect(fetch).not.toHaveBeenCalled();
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("a failed confirmation answers 5xx so SNS sends it again", async () => {
    const { app, fetch } = await setup();
    fetch.mockResolvedValueOnce(new Response("no", { status: 500 }));
    const envelope = buildSignedSnsSubscriptionConfirmation(SNS_TEST_KEY_PEM, CERT_URL, { topicArn: TOPIC });
    expect((await app.request("/webhooks/email", post(JSON.stringify(envelope)))).status).toBeGreaterThanOrEqual(500);
  });

  it("a body that is not SNS's envelope, or a signed Message that is not SES's shape, is 400", async () => {
    const { app } = await setup();
    for (const body of ["{nope", JSON.stringify({ hello: "world" }), "[]"]) {
      expect((await app.request("/webhooks/email", post(body))).status).toBe(400);
    }
    const notSes = buildSignedSnsNotification(JSON.stringify({ notificationType: "Received", mail: {} }), SNS_TEST_KEY_PEM, CERT_URL);
    expect((await app.request("/webhooks/email", post(JSON.stringify(notSes)))).status).toBe(400);
  });

  it("an oversized body is 413 before anything else", async () => {
    const { app, address } = await setup();
    const envelope = buildSignedSnsNotification(sesMessage(address).replace("Example content", "x".repeat(300_000)), SNS_TEST_KEY_PEM, CERT_URL);
    expect((await app.request("/webhooks/email", post(JSON.stringify(envelope)))).status).toBe(413);
  });

  it("mail to an address no practice connected is acknowledged and not stored", async () => {
    const { deps, practice, app } = await setup();
    const envelope = buildSignedSnsNotification(sesMessage(`nobody-${uniqueId()}@example.com`), SNS_TEST_KEY_PEM, CERT_URL);
    expect((await app.request("/webhooks/email", post(JSON.stringify(envelope)))).status).toBe(200);
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("a store that is down answers 503, so SNS retries", async () => {
    const { app } = emailApp(downStoreDeps());
    const envelope = buildSignedSnsNotification(sesMessage(`down-${uniqueId()}@example.com`), SNS_TEST_KEY_PEM, CERT_URL);
    expect((await app.request("/webhooks/email", post(JSON.stringify(envelope)))).status).toBe(503);
  });

  it("without SES_TOPIC_ARN the route answers 503", async () => {
    const { app } = emailApp(testDeps(), testConfig());
    expect((await app.request("/webhooks/email", post("{}"))).status).toBe(503);
  });
});
