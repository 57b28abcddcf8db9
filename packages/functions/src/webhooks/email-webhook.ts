import { Hono } from "hono";
import { DomainError, InvalidPayload } from "@bedside/core/errors";
import { normaliseSesNotification } from "@bedside/core/platform/email/normalise-ses-notification";
import { interpretSnsEnvelope, parseSnsEnvelope, type SnsEnvelope } from "@bedside/core/platform/email/sns-envelope";
import { verifySnsMessage } from "@bedside/core/platform/email/verify-sns-message";
import type { InboundMessage } from "@bedside/core/platform/inbound-message";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { log } from "../log.ts";
import { receiveDelivery, requireSecret } from "./receive-delivery.ts";

/**
 * Amazon SES receiving, delivered by an SNS HTTPS subscription (JSON sent as text/plain).
 * The envelope must be parsed to be verified, so a body that is not SNS's JSON is 400 before the
 * signature check; nothing is written either way. Only the configured topic is confirmed or read.
 */
export function emailWebhook(app: AppDeps) {
  const router = new Hono<AppEnv>();
  router.post("/", async (c) => {
    const topicArn = requireSecret(app.config.sesTopicArn, "SES_TOPIC_ARN");
    let envelope: SnsEnvelope | undefined;
    await receiveDelivery(c, app, {
      platform: "email",
      verify: async (raw) => {
        envelope = parseSnsEnvelope(decode(raw));
        return verifySnsMessage(envelope, { fetchCertificate: app.fetchSnsCertificate });
      },
      normalise: async () => handleEnvelope(app, envelope!, topicArn),
    });
    return c.body(null, 200);
  });
  return router;
}

async function handleEnvelope(app: AppDeps, envelope: SnsEnvelope, topicArn: string): Promise<InboundMessage[]> {
  const delivery = interpretSnsEnvelope(envelope, { topicArn });
  if (delivery.kind === "notification") return normaliseSesNotification(delivery.message);
  if (delivery.kind === "confirm") {
    await confirmSubscription(app, delivery.subscribeUrl);
    return [];
  }
  log("webhook.ignored", { platform: "email", reason: delivery.reason });
  return [];
}

/** GETs the SubscribeURL; a failure answers 500 so SNS sends the confirmation again. */
async function confirmSubscription(app: AppDeps, subscribeUrl: string): Promise<void> {
  const response = await (app.fetch ?? fetch)(subscribeUrl, { method: "GET", redirect: "error", signal: AbortSignal.timeout(5_000) }).catch(
    () => undefined,
  );
  log("webhook.sns_confirmation", { platform: "email", status: response?.status ?? 0 });
  if (!response?.ok) throw new DomainError("upstream_failed", "Could not confirm the SNS subscription; SNS will retry");
}

function decode(raw: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    throw new InvalidPayload("The body is not valid UTF-8");
  }
}
