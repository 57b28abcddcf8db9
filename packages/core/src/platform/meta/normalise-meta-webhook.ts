import { InvalidPayload } from "../../errors.ts";
import type { InboundMessage } from "../inbound-message.ts";
import { MetaWebhook } from "./meta-webhook-schema.ts";
import { normaliseInstagramChange } from "./normalise-instagram-change.ts";
import { normaliseMetaMessaging } from "./normalise-meta-messaging.ts";
import { normalisePageFeed } from "./normalise-page-feed.ts";

/**
 * A Meta Webhooks delivery (Facebook Page feed, Messenger, Instagram) to platform-neutral messages.
 * Pure. Throws InvalidPayload (400) when the body is not the documented envelope; every message
 * of a batch is returned, and fields Bedside does not handle are skipped.
 * accountId is entry.id (Page id or Instagram account id), except for DMs, where it is recipient.id.
 * Every message carries replyRef.surface ("facebook" | "instagram") so createMetaSender can route the reply.
 */
export function normaliseMetaWebhook(payload: unknown): InboundMessage[] {
  const parsed = MetaWebhook.safeParse(payload);
  if (!parsed.success) throw new InvalidPayload("The Meta webhook does not have the documented shape");
  const platform = parsed.data.object === "page" ? "facebook" : "instagram";
  const messages: InboundMessage[] = [];
  for (const entry of parsed.data.entry) {
    for (const change of entry.changes ?? []) {
      const message =
        platform === "facebook"
          ? change.field === "feed"
            ? normalisePageFeed(entry.id, change.value, entry.time)
            : undefined
          : normaliseInstagramChange(entry.id, change.field, change.value, entry.time);
      if (message) messages.push(message);
    }
    for (const item of entry.messaging ?? []) {
      const message = normaliseMetaMessaging(platform, entry.id, item);
      if (message) messages.push(message);
    }
  }
  return messages;
}
