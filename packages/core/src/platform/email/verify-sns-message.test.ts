import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { buildSignedSnsNotification, buildSignedSnsSubscriptionConfirmation } from "../../../../../test/fakes/ses-fake.ts";
import { buildSnsStringToSign, verifySnsMessage } from "./verify-sns-message.ts";
import type { SnsEnvelope } from "./sns-envelope.ts";

const key = readFileSync(new URL("./fixtures/sns-test-signing.key.pem", import.meta.url), "utf8");
const cert = readFileSync(new URL("./fixtures/sns-test-signing.cert.pem", import.meta.url), "utf8");
const sesMessage = readFileSync(new URL("./fixtures/ses.sns-action.received-notification.json", import.meta.url), "utf8");
const certUrl = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-test.pem";

function options() {
  return { fetchCertificate: vi.fn(async () => cert), cache: new Map() };
}

describe("verifySnsMessage", () => {
  it.each(["1", "2"] as const)("accepts the SES sample signed with SignatureVersion %s", async (version) => {
    const envelope = buildSignedSnsNotification(sesMessage, key, certUrl, { signatureVersion: version });
    expect(await verifySnsMessage(envelope, options())).toBe(true);
  });

  it("rejects a correctly signed message replayed after SNS's one-hour retry window, or dated in the future", async () => {
    const envelope = buildSignedSnsNotification(sesMessage, key, certUrl);
    const signedAt = Date.parse(envelope.Timestamp);
    const at = (ms: number) => ({ ...options(), now: () => new Date(signedAt + ms) });
    expect(await verifySnsMessage(envelope, at(60 * 60_000))).toBe(true);
    expect(await verifySnsMessage(envelope, at(2 * 60 * 60_000))).toBe(false);
    expect(await verifySnsMessage(envelope, at(-10 * 60_000))).toBe(false);
  });

  it("accepts a signed SubscriptionConfirmation", async () => {
    expect(await verifySnsMessage(buildSignedSnsSubscriptionConfirmation(key, certUrl), options())).toBe(true);
  });

  it("accepts a Notification without Subject (Subject then leaves the string to sign)", async () => {
    const envelope = buildSignedSnsNotification(sesMessage, key, certUrl, { subject: null });
    expect(envelope.Subject).toBeUndefined();
    expect(buildSnsStringToSign(envelope)).not.toContain("\nSubject\n");
    expect(await verifySnsMessage(envelope, options())).toBe(true);
  });

  it.each<[string, (e: SnsEnvelope) => SnsEnvelope]>([
    ["a changed Message", (e) => ({ ...e, Message: e.Message.replace("Example content", "Other content") })],
    ["a changed TopicArn", (e) => ({ ...e, TopicArn: "arn:aws:sns:us-east-1:999999999999:other" })],
    ["a signature from another version", (e) => ({ ...e, SignatureVersion: "2" })],
    ["a garbage signature", (e) => ({ ...e, Signature: "bm90IGEgc2lnbmF0dXJl" })],
    ["a cert URL on another host", (e) => ({ ...e, SigningCertURL: "https://evil.example.com/SimpleNotificationService-test.pem" })],
    ["a look-alike host", (e) => ({ ...e, SigningCertURL: "https://sns.us-east-1.amazonaws.com.evil.io/x.pem" })],
    ["a cert URL over http", (e) => ({ ...e, SigningCertURL: "http://sns.us-east-1.amazonaws.com/SimpleNotificationService-test.pem" })],
    ["a cert URL that is not a .pem", (e) => ({ ...e, SigningCertURL: "https://sns.us-east-1.amazonaws.com/?cert" })],
  ])("rejects %s", async (_rule, change) => {
    const envelope = change(buildSignedSnsNotification(sesMessage, key, certUrl));
    expect(await verifySnsMessage(envelope, options())).toBe(false);
  });

  it("never fetches a certificate from a host outside the allowed pattern", async () => {
    const opts = options();
    const envelope = { ...buildSignedSnsNotification(sesMessage, key, certUrl), SigningCertURL: "https://evil.example.com/a.pem" };
    await verifySnsMessage(envelope, opts);
    expect(opts.fetchCertificate).not.toHaveBeenCalled();
  });

  it("caches the certificate by URL", async () => {
    const opts = options();
    for (let i = 0; i < 3; i++) await verifySnsMessage(buildSignedSnsNotification(sesMessage, key, certUrl), opts);
    expect(opts.fetchCertificate).toHaveBeenCalledTimes(1);
  });

  it("rejects when the certificate cannot be fetched, and retries the fetch next time", async () => {
    const opts = { fetchCertificate: vi.fn().mockRejectedValueOnce(new Error("down")).mockResolvedValue(cert), cache: new Map() };
    const envelope = buildSignedSnsNotification(sesMessage, key, certUrl);
    expect(await verifySnsMessage(envelope, opts)).toBe(false);
    expect(await verifySnsMessage(envelope, opts)).toBe(true);
  });

  it("honours a custom host pattern (local fakes)", async () => {
    const local = "https://sns.local.test/cert.pem";
    const envelope = buildSignedSnsNotification(sesMessage, key, local);
    expect(await verifySnsMessage(envelope, { ...options(), allowedCertHost: /^sns\.local\.test$/ })).toBe(true);
    expect(await verifySnsMessage(envelope, options())).toBe(false);
  });
});
