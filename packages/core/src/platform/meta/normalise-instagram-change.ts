import { InvalidPayload } from "../../errors.ts";
import type { InboundMessage } from "../inbound-message.ts";
import { InstagramCommentValue, InstagramMentionValue, metaTimeToIso } from "./meta-webhook-schema.ts";

/**
 * One Instagram `changes[]` item to at most one message.
 * - `comments`: threadKey = media.id so a comment and its replies join; parentPlatformId = parent_id.
 *   Instagram replies attach only to top-level comments, so replyRef.reply_to_id is the parent
 *   for a reply and the comment itself otherwise. Comments by the account itself are skipped.
 * - `mentions` (Facebook Login for Business) carries only ids. It becomes a "mention" with
 *   text "" rather than being dropped: the id is the idempotency key, and the text is fetched
 *   later with GET /{ig-user-id}?fields=mentioned_comment.comment_id(<id>){text,username,timestamp}
 *   (or mentioned_media.media_id(<id>){caption,username}) before triage. Dropping it would lose it for good.
 * - `live_comments` and other fields are ignored: live comments cannot be answered after the live ends.
 * Sources: graph-api/webhooks/reference/instagram; instagram-platform/webhooks/examples.
 */
export function normaliseInstagramChange(
  accountId: string,
  field: string,
  rawValue: unknown,
  entryTime?: number,
): InboundMessage | undefined {
  const sentAt = metaTimeToIso(undefined, entryTime);
  if (field === "comments") {
    const parsed = InstagramCommentValue.safeParse(rawValue);
    if (!parsed.success) throw new InvalidPayload("An Instagram comment change does not have the documented shape");
    const value = parsed.data;
    if (value.from?.id === accountId) return undefined;
    const mediaId = value.media?.id;
    return {
      platform: "instagram",
      accountId,
      kind: "comment",
      platformMessageId: value.id,
      threadKey: mediaId ?? value.parent_id ?? value.id,
      parentPlatformId: value.parent_id ?? mediaId,
      context: mediaId ? { platformId: mediaId } : undefined,
      author: { platformId: value.from?.id, handle: value.from?.username },
      text: value.text ?? "",
      sentAt,
      action: "created",
      replyRef: { surface: "instagram", ...(mediaId ? { media_id: mediaId } : {}), reply_to_id: value.parent_id ?? value.id },
    };
  }
  if (field === "mentions") {
    const parsed = InstagramMentionValue.safeParse(rawValue);
    if (!parsed.success) throw new InvalidPayload("An Instagram mention change does not have the documented shape");
    const { media_id, comment_id } = parsed.data;
    return {
      platform: "instagram",
      accountId,
      kind: "mention",
      platformMessageId: comment_id ?? media_id,
      threadKey: media_id,
      context: { platformId: media_id },
      author: {},
      text: "",
      sentAt,
      action: "created",
      replyRef: { surface: "instagram", mention: "true", media_id, ...(comment_id ? { comment_id } : {}) },
    };
  }
  return undefined;
}
