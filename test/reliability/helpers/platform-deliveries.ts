import { randomBytes } from "node:crypto";
import { signMetaBody } from "../../../packages/core/src/platform/meta/sign-meta-body.ts";
import { signXBody } from "../../../packages/core/src/platform/x/sign-x-body.ts";
import { computeTwilioSignature } from "../../../packages/core/src/platform/twilio/verify-twilio-signature.ts";
import { computeLinkedInSignature } from "../../../packages/core/src/platform/linkedin/linkedin-webhook-signature.ts";
import { SECRETS } from "./server.ts";

/**
 * Signed deliveries for every inbound route of the spawned server, built the way each platform
 * documents them, aimed at riverside's demo channels (seed-demo.ts `demoAccountId`).
 * Every text and author carries the caller's marker so a test can find (or miss) it in the store and logs.
 */
export const RIVERSIDE = {
  slug: "riverside",
  facebookPage: "riverside-page-2002",
  xAccount: "riverside-x-1001",
  smsNumber: "+15555550100",
  linkedinOrg: "urn:li:organization:riverside4004",
  email: "hello@riverside.example",
} as const;

export const SNS_TOPIC = "arn:aws:sns:us-east-1:123456789012:bedside-reliability";

export type WebhookName = "meta" | "x" | "twilio" | "email" | "linkedin" | "form";
export const WEBHOOKS: WebhookName[] = ["meta", "x", "twilio", "email", "linkedin", "form"];

export interface Delivery {
  webhook: WebhookName;
  path: string;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

export const uid = () => BigInt(`0x${randomBytes(7).toString("hex")}`).toString();

/** The raw body and a correct signature header for it (signature computed over the exact bytes). */
export function signFor(webhook: WebhookName, body: string | Uint8Array, port: number): Record<string, string> {
  switch (webhook) {
    case "meta":
      return { "content-type": "application/json", "x-hub-signature-256": signMetaBody(body, SECRETS.META_APP_SECRET) };
    case "x":
      return { "content-type": "application/json", "x-twitter-webhooks-signature": signXBody(body, SECRETS.X_CONSUMER_SECRET) };
    case "linkedin":
      return { "content-type": "application/json", "x-li-signature": computeLinkedInSignature(Buffer.from(body).toString("utf8"), SECRETS.LINKEDIN_CLIENT_SECRET) };
    case "twilio": {
      const params: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(Buffer.from(body).toString("utf8"))) if (!(k in params)) params[k] = v;
      return {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": computeTwilioSignature(`http://localhost:${port}/webhooks/twilio`, params, SECRETS.TWILIO_AUTH_TOKEN),
      };
    }
    case "email":
      // SNS signs with AWS's certificate, which a test cannot hold: only the envelope's shape is ours.
      return { "content-type": "text/plain; charset=UTF-8", "x-amz-sns-message-type": "Notification" };
    case "form":
      return { "content-type": "application/json" };
  }
}

export function pathOf(webhook: WebhookName): string {
  return webhook === "form" ? `/api/public/practices/${RIVERSIDE.slug}/questions` : `/webhooks/${webhook}`;
}

/** A valid body for the webhook carrying `text` from an author whose handle contains `author`. */
export function validBody(webhook: WebhookName, text: string, author: string, id = uid()): string {
  switch (webhook) {
    case "meta":
      return JSON.stringify({
        object: "page",
        entry: [{ id: RIVERSIDE.facebookPage, time: 1458692752478, messaging: [{ sender: { id: `${author}${id}` }, recipient: { id: RIVERSIDE.facebookPage }, timestamp: 1458692752478, message: { mid: `m_${id}`, text } }] }],
      });
    case "x":
      return JSON.stringify({
        for_user_id: RIVERSIDE.xAccount,
        direct_message_events: [
          { type: "message_create", id, created_timestamp: "1516403560557", message_create: { target: { recipient_id: RIVERSIDE.xAccount }, sender_id: `9${id}`, message_data: { text } } },
        ],
        users: { [`9${id}`]: { id: `9${id}`, name: `${author} Name`, screen_name: `${author}${id}` } },
      });
    case "twilio":
      return new URLSearchParams({
        ToCountry: "US",
        SmsMessageSid: `SM${id.padStart(32, "0")}`,
        NumMedia: "0",
        SmsSid: `SM${id.padStart(32, "0")}`,
        SmsStatus: "received",
        Body: text,
        To: RIVERSIDE.smsNumber,
        NumSegments: "1",
        MessageSid: `SM${id.padStart(32, "0")}`,
        AccountSid: "AC0123456789abcdef0123456789abcdef",
        From: `+1415${id.slice(-7).padStart(7, "0")}`,
        ApiVersion: "2010-04-01",
      }).toString();
    case "linkedin": {
      const post = `urn:li:share:${id}`;
      const comment = `urn:li:comment:(urn:li:activity:${id},${id}1)`;
      const actor = `urn:li:person:${author}${id}`;
      return JSON.stringify({
        type: "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS",
        notifications: [
          {
            notificationId: Number(id.slice(-9)),
            organizationalEntity: RIVERSIDE.linkedinOrg,
            action: "COMMENT",
            actor,
            sourcePost: post,
            generatedActivity: comment,
            decoratedGeneratedActivity: { createdAt: 1620860614000, comment: { entity: comment, owner: actor, text, object: `urn:li:activity:${id}` } },
            lastModifiedAt: 1620860614000,
          },
        ],
      });
    }
    case "email":
      return JSON.stringify(snsEnvelope(text, author, id));
    case "form":
      return JSON.stringify({ name: `${author} Name`, contact: `${author}${id}@example.com`, question: text });
  }
}

/** An SNS Notification envelope around an SES "Received" notification (signature made up). */
export function snsEnvelope(text: string, author: string, id: string, timestamp = new Date().toISOString()) {
  const raw = `From: ${author}@example.com\r\nTo: ${RIVERSIDE.email}\r\nSubject: question\r\nMessage-ID: <${id}@example.com>\r\nContent-Type: text/plain\r\n\r\n${text}\r\n`;
  const message = {
    notificationType: "Received",
    mail: { timestamp, source: `${author}@example.com`, messageId: `ses${id}`, destination: [RIVERSIDE.email], commonHeaders: { from: [`${author}@example.com`], to: [RIVERSIDE.email], subject: "question" } },
    receipt: { timestamp, recipients: [RIVERSIDE.email], action: { type: "SNS", topicArn: SNS_TOPIC, encoding: "BASE64" } },
    content: Buffer.from(raw).toString("base64"),
  };
  return {
    Type: "Notification",
    MessageId: `0000${id}`,
    TopicArn: SNS_TOPIC,
    Subject: "Amazon SES Email Receipt Notification",
    Message: JSON.stringify(message),
    Timestamp: timestamp,
    SignatureVersion: "1",
    Signature: Buffer.from(randomBytes(256)).toString("base64"),
    SigningCertURL: "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",
    UnsubscribeURL: "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe",
  };
}

/** A correctly signed delivery of `text` (the email route cannot be signed by a test; see snsEnvelope). */
export function signedDelivery(webhook: WebhookName, port: number, text: string, author: string, id = uid()): Delivery {
  const body = validBody(webhook, text, author, id);
  return { webhook, path: pathOf(webhook), headers: signFor(webhook, body, port), body };
}
