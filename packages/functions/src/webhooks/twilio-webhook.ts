import { Hono } from "hono";
import { findChannelByAccount } from "@bedside/core/channel/find-channel";
import { InvalidPayload } from "@bedside/core/errors";
import { normaliseTwilioSms } from "@bedside/core/platform/twilio/normalise-twilio-sms";
import { verifyTwilioSignature } from "@bedside/core/platform/twilio/verify-twilio-signature";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { receiveDelivery, requireSecret } from "./receive-delivery.ts";

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/**
 * Reads an application/x-www-form-urlencoded body. Twilio signs every parameter it sent, so all of
 * them are kept (a repeated key keeps its first value; Twilio's SMS webhook sends none).
 */
export function parseForm(raw: Buffer): Record<string, string> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    throw new InvalidPayload("The body is not valid UTF-8");
  }
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(text)) if (!(key in params)) params[key] = value;
  return params;
}

/** The URL Twilio called, as it saw it: PUBLIC_URL + path + query (the internal host would not match). */
export function publicRequestUrl(publicUrl: string, requestUrl: string): string {
  const url = new URL(requestUrl);
  return `${publicUrl.replace(/\/+$/, "")}${url.pathname}${url.search}`;
}

/**
 * The auth token that signed a request to this number: the owning channel's own `credentials.authToken`
 * (the Twilio account or subaccount that owns the number), else the account-wide TWILIO_AUTH_TOKEN.
 * The route lookup is a read only, so a bad signature still writes nothing.
 */
/** Phone numbers, short codes and channel addresses ("whatsapp:+1...") are far shorter. */
const MAX_NUMBER_BYTES = 128;

async function signingToken(app: AppDeps, to: string | undefined): Promise<string> {
  // `To` is unverified here: one longer than any number cannot name a channel, and as a DynamoDB key
  // it would fail the read (a 500) instead of the signature check (401).
  const plausible = to && Buffer.byteLength(to, "utf8") <= MAX_NUMBER_BYTES;
  const channel = plausible ? await findChannelByAccount(app.deps, "sms", to) : null;
  const own = channel?.credentials?.authToken;
  if (own) return own;
  return requireSecret(app.config.secrets.twilioAuthToken, "TWILIO_AUTH_TOKEN");
}

/** Twilio Programmable Messaging, "A message comes in": X-Twilio-Signature over URL + sorted params. */
export function twilioWebhook(app: AppDeps) {
  const router = new Hono<AppEnv>();
  router.post("/", async (c) => {
    if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header("content-type") ?? "")) {
      throw new InvalidPayload("Twilio sends application/x-www-form-urlencoded");
    }
    let params: Record<string, string> = {};
    await receiveDelivery(c, app, {
      platform: "sms",
      verify: async (raw) => {
        params = parseForm(raw);
        const token = await signingToken(app, params.To);
        return verifyTwilioSignature(publicRequestUrl(app.config.publicUrl, c.req.url), params, c.req.header("x-twilio-signature"), token);
      },
      normalise: () => normaliseTwilioSms(params, { receivedAt: app.deps.clock().toISOString() }),
    });
    return c.body(EMPTY_TWIML, 200, { "content-type": "text/xml; charset=utf-8" });
  });
  return router;
}
