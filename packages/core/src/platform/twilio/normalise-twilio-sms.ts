import { z } from "zod";
import { InvalidPayload } from "../../errors.ts";
import type { InboundMessage } from "../inbound-message.ts";

/**
 * The inbound SMS webhook's form parameters we rely on. Twilio documents a parameter table only
 * (https://www.twilio.com/docs/messaging/guides/webhook-request): MessageSid, AccountSid, From, To,
 * Body, NumMedia, MediaUrl{N}, ... Unknown parameters are allowed, since Twilio adds them without notice.
 */
export const TwilioSmsParams = z
  .object({
    MessageSid: z.string().min(1),
    AccountSid: z.string().optional(),
    MessagingServiceSid: z.string().optional(),
    From: z.string().min(1),
    To: z.string().min(1),
    Body: z.string().default(""),
    NumMedia: z.coerce.number().int().min(0).default(0),
  })
  .passthrough();
export type TwilioSmsParams = z.infer<typeof TwilioSmsParams>;

/**
 * One inbound SMS/MMS -> one message. accountId is the practice's number (To); the conversation
 * is the remote number (threadKey "sms:" + From). The webhook carries no timestamp, so the caller
 * passes the time it received the request.
 */
export function normaliseTwilioSms(
  params: Record<string, string>,
  options: { receivedAt?: string } = {},
): InboundMessage[] {
  const parsed = TwilioSmsParams.safeParse(params);
  if (!parsed.success) throw new InvalidPayload("The SMS webhook lacks MessageSid, From or To");
  const sms = parsed.data;
  const replyRef: Record<string, string> = {};
  if (sms.AccountSid) replyRef.accountSid = sms.AccountSid;
  if (sms.MessagingServiceSid) replyRef.messagingServiceSid = sms.MessagingServiceSid;
  return [
    {
      platform: "sms",
      accountId: sms.To,
      kind: "sms",
      platformMessageId: sms.MessageSid,
      threadKey: `sms:${sms.From}`,
      author: { platformId: sms.From, handle: sms.From },
      text: withMediaNote(sms.Body, sms.NumMedia),
      sentAt: options.receivedAt ?? new Date().toISOString(),
      action: "created",
      replyRef,
    },
  ];
}

/** MMS media stays on Twilio (its URLs need the account credentials); staff see that it exists. */
function withMediaNote(body: string, numMedia: number): string {
  if (numMedia === 0) return body;
  const note = `[${numMedia} attachment${numMedia === 1 ? "" : "s"} not shown]`;
  return body ? `${body}\n${note}` : note;
}
