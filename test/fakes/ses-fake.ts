import { readFileSync } from "node:fs";
import { createSign, randomUUID } from "node:crypto";
import { signSigV4 } from "../../packages/core/src/platform/email/sigv4.ts";
import { buildSnsStringToSign } from "../../packages/core/src/platform/email/verify-sns-message.ts";
import type { SnsEnvelope } from "../../packages/core/src/platform/email/sns-envelope.ts";
import { jsonBody, startFakeHttpServer, type FakeServer } from "./fake-http-server.ts";

const fixtures = new URL("../../packages/core/src/platform/email/fixtures/", import.meta.url);
/** The committed throwaway signing pair (see the fixtures README); valid until 2126. */
export const SNS_TEST_KEY_PEM = readFileSync(new URL("sns-test-signing.key.pem", fixtures), "utf8");
export const SNS_TEST_CERT_PEM = readFileSync(new URL("sns-test-signing.cert.pem", fixtures), "utf8");
export const SNS_TEST_CERT_PATH = "/SimpleNotificationService-test.pem";

export const SES_TEST_CREDENTIALS = { accessKeyId: "AKIDFAKE", secretAccessKey: "fake-secret", region: "us-east-1" };

export interface SesFake extends FakeServer {
  /** SubscribeURL confirmations received (GET /?Action=ConfirmSubscription&Token=...). */
  confirmations: string[];
}

/**
 * A local SES v2 endpoint (POST /v2/email/outbound-emails, SigV4 checked against SES_TEST_CREDENTIALS),
 * the SNS signing certificate at SNS_TEST_CERT_PATH, and the SNS ConfirmSubscription GET.
 */
export async function startSesFake(): Promise<SesFake> {
  const confirmations: string[] = [];
  const fake = await startFakeHttpServer({
    errorBody: (status) => ({ message: status === 429 ? "Maximum sending rate exceeded." : "fake error" }),
    handle(req) {
      if (req.method === "GET" && req.path === SNS_TEST_CERT_PATH) return { status: 200, body: SNS_TEST_CERT_PEM };
      if (req.method === "GET" && req.query.get("Action") === "ConfirmSubscription") {
        confirmations.push(req.query.get("Token") ?? "");
        return { status: 200, body: "<ConfirmSubscriptionResponse/>" };
      }
      if (req.method !== "POST" || req.path !== "/v2/email/outbound-emails") return { status: 404, body: { message: "not found" } };
      if (!validSignature(req.method, req.path, req.headers as Record<string, string>, req.body)) {
        return { status: 403, body: { message: "The request signature we calculated does not match" }, headers: { "x-amzn-errortype": "SignatureDoesNotMatchException" } };
      }
      const body = jsonBody(req) as { Content?: { Raw?: { Data?: string }; Simple?: unknown } } | undefined;
      if (!body?.Content?.Raw?.Data && !body?.Content?.Simple) return { status: 400, body: { message: "Content is required" }, headers: { "x-amzn-errortype": "BadRequestException" } };
      return { status: 200, body: { MessageId: `0100${randomUUID().replace(/-/g, "")}-000000` } };
    },
  });
  return Object.assign(fake, { confirmations });
}

function validSignature(method: string, path: string, headers: Record<string, string>, body: string): boolean {
  const amzDate = headers["x-amz-date"];
  if (!amzDate || !headers.authorization) return false;
  const now = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));
  const expected = signSigV4({
    method,
    url: `http://${headers.host}${path}`,
    headers: { "content-type": headers["content-type"] ?? "" },
    body,
    service: "ses",
    credentials: { ...SES_TEST_CREDENTIALS, sessionToken: headers["x-amz-security-token"] },
    now,
  });
  return expected.authorization === headers.authorization;
}

/** A signed SNS Notification envelope carrying an SES notification as its Message. */
export function buildSignedSnsNotification(
  sesMessage: unknown,
  privateKeyPem: string,
  certUrl: string,
  options: { topicArn?: string; signatureVersion?: "1" | "2"; subject?: string | null } = {},
): SnsEnvelope {
  const envelope: SnsEnvelope = {
    Type: "Notification",
    MessageId: randomUUID(),
    TopicArn: options.topicArn ?? "arn:aws:sns:us-east-1:012345678912:example-topic",
    ...(options.subject === null ? {} : { Subject: options.subject ?? "Amazon SES Email Receipt Notification" }),
    Message: typeof sesMessage === "string" ? sesMessage : JSON.stringify(sesMessage),
    Timestamp: new Date().toISOString(),
    SignatureVersion: options.signatureVersion ?? "1",
    Signature: "",
    SigningCertURL: certUrl,
    UnsubscribeURL: "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe",
  };
  return signEnvelope(envelope, privateKeyPem);
}

/** A signed SubscriptionConfirmation whose SubscribeURL points at `subscribeBase` (the fake, in tests). */
export function buildSignedSnsSubscriptionConfirmation(
  privateKeyPem: string,
  certUrl: string,
  options: { topicArn?: string; subscribeBase?: string; token?: string } = {},
): SnsEnvelope {
  const topicArn = options.topicArn ?? "arn:aws:sns:us-east-1:012345678912:example-topic";
  const token = options.token ?? randomUUID().replace(/-/g, "");
  const envelope: SnsEnvelope = {
    Type: "SubscriptionConfirmation",
    MessageId: randomUUID(),
    TopicArn: topicArn,
    Token: token,
    Message: `You have chosen to subscribe to the topic ${topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
    SubscribeURL: `${options.subscribeBase ?? "https://sns.us-east-1.amazonaws.com"}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(topicArn)}&Token=${token}`,
    Timestamp: new Date().toISOString(),
    SignatureVersion: "1",
    Signature: "",
    SigningCertURL: certUrl,
  };
  return signEnvelope(envelope, privateKeyPem);
}

function signEnvelope(envelope: SnsEnvelope, privateKeyPem: string): SnsEnvelope {
  const signer = createSign(envelope.SignatureVersion === "2" ? "RSA-SHA256" : "RSA-SHA1");
  signer.update(buildSnsStringToSign(envelope), "utf8");
  return { ...envelope, Signature: signer.sign(privateKeyPem, "base64") };
}
