import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { auditPut } from "../audit/audit-event.ts";
import { listChannels } from "../channel/list-channels.ts";
import { getChannelRecord } from "../channel/find-channel.ts";
import type { Ctx } from "../context.ts";
import type { SenderFor } from "../reply/send-draft.ts";
import { getPractice } from "../practice/get-practice.ts";

/** The alert names no one and quotes nothing: the on-call phone or mailbox is not a secure channel. */
export function alertText(conversationUrl: string): string {
  return `Bedside: an URGENT message just arrived. Open it now: ${conversationUrl}`;
}

/**
 * Tells the practice's on-call contact at once that an urgent message arrived, through the
 * practice's own SMS channel (a phone number) or email channel (an address). The outcome is audited.
 */
export async function alertOnCall(ctx: Ctx, senderFor: SenderFor, input: { conversationId: string; conversationUrl: string }): Promise<"sent" | "no_contact" | "no_channel" | "failed"> {
  const practice = await getPractice(ctx, ctx.actor.practiceId);
  const contact = practice.settings.onCallContact.trim();
  if (!contact) return "no_contact";
  const platform = contact.includes("@") ? "email" : "sms";
  const channels = await listChannels(ctx);
  const channel = channels.find((c) => c.platform === platform);
  const record = channel ? await getChannelRecord(ctx, ctx.actor.practiceId, channel.id) : null;
  const sender = senderFor(platform);
  let outcome: "sent" | "no_channel" | "failed" = "no_channel";
  if (record && sender) {
    try {
      await sender.sendReply({
        credentials: record.credentials,
        idempotencyKey: `alert-${input.conversationId}`,
        text: alertText(input.conversationUrl),
        target: { accountId: record.accountId, platformMessageId: "", threadKey: `alert:${contact}`, authorPlatformId: contact, private: true, replyRef: { subject: "Urgent message in Bedside" } },
      });
      outcome = "sent";
    } catch {
      outcome = "failed";
    }
  }
  await ctx.store.doc.send(
    new TransactWriteCommand({
      TransactItems: [auditPut(ctx, { action: `alert.${outcome}`, entityType: "conversation", entityId: input.conversationId, meta: { via: platform } })],
    }),
  );
  return outcome;
}
