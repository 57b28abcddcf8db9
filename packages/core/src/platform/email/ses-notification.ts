import { z } from "zod";

const Verdict = z.object({ status: z.string() }).optional();

/**
 * The SES "Received" notification published by a receipt rule's SNS action (the SNS envelope's
 * Message). Source: SES developer guide, receiving-email-notifications-contents and -examples
 * (fixtures/ses.sns-action.received-notification.json). `content` is the raw MIME, present when the
 * mail was at most 150 KB; `receipt.action.encoding` says whether it is UTF8 or BASE64.
 */
export const SesReceivedNotification = z.object({
  notificationType: z.literal("Received"),
  mail: z.object({
    timestamp: z.string(),
    messageId: z.string().min(1),
    source: z.string().optional(),
    destination: z.array(z.string()).optional(),
    headers: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
    commonHeaders: z
      .object({
        from: z.array(z.string()).optional(),
        to: z.array(z.string()).optional(),
        subject: z.string().optional(),
        messageId: z.string().optional(),
        date: z.string().optional(),
      })
      .default({}),
  }),
  receipt: z.object({
    recipients: z.array(z.string()).min(1),
    spamVerdict: Verdict,
    virusVerdict: Verdict,
    action: z.object({ type: z.string(), encoding: z.enum(["UTF8", "BASE64"]).optional() }).optional(),
  }),
  content: z.string().optional(),
});
export type SesReceivedNotification = z.infer<typeof SesReceivedNotification>;
