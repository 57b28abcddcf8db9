import { PlatformError, type PlatformSender, type SendReplyInput, type SendReplyResult } from "../platform-client.ts";
import { networkFailure } from "../network-failure.ts";

export interface TwilioClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Abort a call after this long; the reply job retries (Twilio has no idempotency key, see README). */
  timeoutMs?: number;
}

/**
 * Sends an SMS through the Messages API:
 * POST /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded To, From (or MessagingServiceSid), Body,
 * HTTP Basic auth AccountSid:AuthToken; 201 answers the Message resource, whose `sid` we keep.
 * Source: https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource
 */
export function createTwilioSender(options: TwilioClientOptions = {}): PlatformSender {
  const baseUrl = (options.baseUrl ?? "https://api.twilio.com").replace(/\/$/, "");
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;

  return {
    async sendReply({ credentials, target, text }: SendReplyInput): Promise<SendReplyResult> {
      const { accountSid, authToken } = credentials;
      if (!accountSid || !authToken) throw new PlatformError("Twilio credentials are incomplete", { retryable: false, credentialsFailing: true });
      const to = target.authorPlatformId ?? target.threadKey.replace(/^sms:/, "");
      const form = new URLSearchParams({ To: to, Body: text });
      const service = credentials.messagingServiceSid ?? target.replyRef?.messagingServiceSid;
      if (service) form.set("MessagingServiceSid", service);
      else form.set("From", target.accountId);

      const url = `${baseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
      let response: Response;
      try {
        response = await doFetch(url, {
          method: "POST",
          headers: {
            authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`,
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
          },
          body: form.toString(),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw networkFailure("Twilio", error);
      }
      const body = (await response.json().catch(() => ({}))) as { sid?: string; code?: number; message?: string };
      if (!response.ok) throw twilioError(response, body);
      if (!body.sid) throw new PlatformError("Twilio answered without a message sid", { status: response.status, retryable: false });
      return { platformReplyId: body.sid };
    },
  };
}

/** Twilio error JSON is {code, message, more_info, status}; we keep the numeric code, never the message (it may echo numbers). */
export function twilioError(response: Response, body: { code?: number }): PlatformError {
  const status = response.status;
  const retryAfter = Number(response.headers.get("retry-after"));
  return new PlatformError(`Twilio answered ${status}${body.code ? ` (error ${body.code})` : ""}`, {
    status,
    retryable: status === 429 || status >= 500,
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
    credentialsFailing: status === 401 || status === 403,
  });
}
