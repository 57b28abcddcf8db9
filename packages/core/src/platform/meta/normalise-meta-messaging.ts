import type { InboundMessage } from "../inbound-message.ts";
import type { MetaMessagingItem } from "./meta-webhook-schema.ts";
import { metaTimeToIso } from "./meta-webhook-schema.ts";

/**
 * One Messenger (object "page") or Instagram Direct (object "instagram") `messaging[]` item.
 * Only items with `message` are messages: delivery and read receipts, postbacks, reactions
 * and referrals are skipped, and so are echoes of what the Page/account itself sent.
 * threadKey = "dm:" + the sender's page-scoped (PSID) or Instagram-scoped (IGSID) id;
 * accountId = recipient.id, the Page or Instagram account the message was sent to.
 * Source: messenger-platform/reference/webhook-events/messages.
 */
export function normaliseMetaMessaging(
  platform: "facebook" | "instagram",
  entryId: string,
  item: MetaMessagingItem,
): InboundMessage | undefined {
  const message = item.message;
  if (!message || message.is_echo) return undefined;
  if (item.sender.id === entryId || item.sender.id === item.recipient.id) return undefined;
  return {
    platform,
    accountId: item.recipient.id,
    kind: "direct_message",
    platformMessageId: message.mid,
    threadKey: "dm:" + item.sender.id,
    parentPlatformId: message.reply_to?.mid,
    author: { platformId: item.sender.id },
    text: message.text ?? attachmentsText(message.attachments),
    sentAt: metaTimeToIso(item.timestamp, undefined),
    action: message.is_deleted ? "deleted" : "created",
    replyRef: { surface: platform, recipient_id: item.sender.id },
  };
}

/** "[image attachment] [file attachment]": staff see what arrived without the media itself. */
function attachmentsText(attachments: Array<{ type?: string }> | undefined): string {
  if (!attachments?.length) return "";
  return attachments
    .map((a) => (a.type && /^[a-z_]+$/.test(a.type) ? `[${a.type} attachment]` : "[attachment]"))
    .join(" ");
}
