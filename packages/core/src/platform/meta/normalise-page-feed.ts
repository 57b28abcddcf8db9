import { InvalidPayload } from "../../errors.ts";
import type { InboundMessage } from "../inbound-message.ts";
import { metaTimeToIso, PageFeedValue } from "./meta-webhook-schema.ts";

const ACTIONS: Record<string, InboundMessage["action"]> = { add: "created", edited: "edited", remove: "deleted" };
/** Visitor posts arrive as `status` (text) or `post`; reactions, likes, shares, photos are not messages. */
const POST_ITEMS = new Set(["post", "status"]);

/**
 * One Page `feed` change to at most one message.
 * - A comment joins the conversation of its post: threadKey = post_id, so a comment and the
 *   replies under it land together; parentPlatformId = parent_id (the post, or the comment replied to).
 * - A visitor's post on the Page is kind "mention": it is a public message addressed to the
 *   practice that starts its own thread (threadKey = its post_id), like an X mention.
 * - The Page's own posts and comments (from.id == Page id) are outbound echoes and are skipped.
 * - replyRef.reply_to_id is where a public reply goes: Facebook nests comments only one level,
 *   so a reply to a reply is posted under the top-level comment (its parent_id).
 */
export function normalisePageFeed(pageId: string, rawValue: unknown, entryTime?: number): InboundMessage | undefined {
  const parsed = PageFeedValue.safeParse(rawValue);
  if (!parsed.success) throw new InvalidPayload("A Page feed change does not have the documented shape");
  const value = parsed.data;
  const action = ACTIONS[value.verb];
  if (!action) return undefined;
  if (value.from?.id === pageId) return undefined;

  const base = {
    platform: "facebook" as const,
    accountId: pageId,
    author: { platformId: value.from?.id, name: value.from?.name },
    text: value.message ?? "",
    sentAt: metaTimeToIso(value.created_time, entryTime),
    action,
  };

  if (value.item === "comment") {
    if (!value.comment_id || !value.post_id) throw new InvalidPayload("A Page comment change lacks its ids");
    const isReply = value.parent_id !== undefined && value.parent_id !== value.post_id;
    return {
      ...base,
      kind: "comment",
      platformMessageId: value.comment_id,
      threadKey: value.post_id,
      parentPlatformId: value.parent_id,
      context: { platformId: value.post_id },
      replyRef: { surface: "facebook", post_id: value.post_id, reply_to_id: isReply ? value.parent_id! : value.comment_id },
    };
  }
  if (POST_ITEMS.has(value.item)) {
    if (!value.post_id) throw new InvalidPayload("A Page post change lacks its id");
    return {
      ...base,
      kind: "mention",
      platformMessageId: value.post_id,
      threadKey: value.post_id,
      replyRef: { surface: "facebook", post_id: value.post_id, reply_to_id: value.post_id },
    };
  }
  return undefined;
}
