import { z } from "zod";
import { InvalidPayload } from "../../errors.ts";

/**
 * The JSON body SNS POSTs to an HTTPS subscription (SNS sends it as text/plain).
 * Source: https://docs.aws.amazon.com/sns/latest/dg/http-notification-json.html and
 * .../http-subscription-confirmation-json.html.
 */
export const SnsEnvelope = z.object({
  Type: z.enum(["Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]),
  MessageId: z.string().min(1),
  TopicArn: z.string().min(1),
  Message: z.string(),
  Timestamp: z.string().min(1),
  SignatureVersion: z.enum(["1", "2"]),
  Signature: z.string().min(1),
  SigningCertURL: z.string().min(1),
  Subject: z.string().nullish(),
  Token: z.string().optional(),
  SubscribeURL: z.string().optional(),
  UnsubscribeURL: z.string().optional(),
});
export type SnsEnvelope = z.infer<typeof SnsEnvelope>;

/** Accepts the raw body text or an already parsed object. */
export function parseSnsEnvelope(body: unknown): SnsEnvelope {
  let value = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch {
      throw new InvalidPayload("The SNS message is not JSON");
    }
  }
  const parsed = SnsEnvelope.safeParse(value);
  if (!parsed.success) throw new InvalidPayload("The SNS message does not have the documented shape");
  return parsed.data;
}

/** The SNS endpoints and certificate hosts AWS documents: sns.<region>.amazonaws.com (.cn in China). */
export const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

export type SnsDelivery =
  | { kind: "confirm"; subscribeUrl: string }
  | { kind: "notification"; message: string }
  | { kind: "ignored"; reason: "other_topic" | "unsubscribe_confirmation" | "bad_subscribe_url" };

/**
 * Decides what a verified envelope asks of us. Only the configured topic is confirmed or read, so a
 * stranger's topic cannot subscribe our endpoint; the SubscribeURL must itself be an https SNS URL,
 * because the route will GET it.
 */
export function interpretSnsEnvelope(
  envelope: SnsEnvelope,
  options: { topicArn: string; allowedHost?: RegExp },
): SnsDelivery {
  if (envelope.TopicArn !== options.topicArn) return { kind: "ignored", reason: "other_topic" };
  if (envelope.Type === "Notification") return { kind: "notification", message: envelope.Message };
  if (envelope.Type === "UnsubscribeConfirmation") return { kind: "ignored", reason: "unsubscribe_confirmation" };
  const url = safeUrl(envelope.SubscribeURL);
  if (!url || url.protocol !== "https:" || !(options.allowedHost ?? SNS_HOST).test(url.hostname)) {
    return { kind: "ignored", reason: "bad_subscribe_url" };
  }
  return { kind: "confirm", subscribeUrl: url.toString() };
}

export function safeUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
