import { InvalidPayload } from "../../errors.ts";
import type { InboundMessage } from "../inbound-message.ts";
import { XActivity, type XDirectMessageEvent, type XV1Tweet } from "./x-activity-schema.ts";

/**
 * An Account Activity delivery to platform-neutral messages. Pure.
 * accountId = for_user_id (the subscribed practice account). Handled:
 * - tweet_create_events: mentions of and replies to the account. Kind "comment" when the post replies
 *   to the account itself, else "mention". Retweets and the account's own posts are skipped.
 *   threadKey = in_reply_to_status_id_str ?? id_str: AAA objects carry no conversation_id and the
 *   reply chain above the direct parent is unknown, so a reply joins the thread of the post it
 *   answers. (The v2 poller uses conversation_id; for a direct reply to a root post they agree.)
 * - direct_message_events (message_create): threadKey "dm:" + the other party's id; the account's own
 *   messages are skipped. Handles come from the `users` map.
 * - tweet_delete_events: action "deleted" keyed by the post id (threadKey is that id too; storage
 *   matches deletions by platformMessageId).
 * Typing, read, favorite, follow and other events are ignored. A `user_event` (e.g. revoke) has no
 * for_user_id and yields []; any other payload without for_user_id is InvalidPayload.
 */
export function normaliseXActivity(payload: unknown): InboundMessage[] {
  if (isUserEventOnly(payload)) return [];
  const parsed = XActivity.safeParse(payload);
  if (!parsed.success) throw new InvalidPayload("The X activity does not have the documented shape");
  const activity = parsed.data;
  const accountId = activity.for_user_id;
  const messages: InboundMessage[] = [];
  for (const tweet of activity.tweet_create_events ?? []) {
    if (tweet.retweeted_status !== undefined || tweet.user?.id_str === accountId) continue;
    messages.push(tweetToMessage(accountId, tweet));
  }
  for (const event of activity.direct_message_events ?? []) {
    const message = dmToMessage(accountId, event, activity.users ?? {});
    if (message) messages.push(message);
  }
  for (const { status, timestamp_ms } of activity.tweet_delete_events ?? []) {
    if (status.user_id === accountId) continue;
    messages.push({
      platform: "x", accountId, kind: "mention", platformMessageId: status.id, threadKey: status.id,
      author: { platformId: status.user_id }, text: "", sentAt: msToIso(timestamp_ms), action: "deleted",
    });
  }
  return messages;
}

function tweetToMessage(accountId: string, tweet: XV1Tweet): InboundMessage {
  const parentId = tweet.in_reply_to_status_id_str ?? undefined;
  const handle = tweet.user?.screen_name;
  const text = tweet.truncated && tweet.extended_tweet ? tweet.extended_tweet.full_text : (tweet.extended_tweet?.full_text ?? tweet.text ?? "");
  const parsedDate = tweet.created_at ? Date.parse(tweet.created_at) : NaN;
  return {
    platform: "x",
    accountId,
    kind: tweet.in_reply_to_user_id_str === accountId ? "comment" : "mention",
    platformMessageId: tweet.id_str,
    threadKey: parentId ?? tweet.id_str,
    parentPlatformId: parentId,
    context: parentId ? { platformId: parentId } : undefined,
    author: { platformId: tweet.user?.id_str, handle, name: tweet.user?.name },
    text,
    url: postUrl(handle, tweet.id_str),
    sentAt: new Date(Number.isNaN(parsedDate) ? 0 : parsedDate).toISOString(),
    action: "created",
  };
}

function dmToMessage(accountId: string, event: XDirectMessageEvent, users: NonNullable<XActivity["users"]>): InboundMessage | undefined {
  const create = event.message_create;
  if (event.type !== "message_create" || !create) return undefined;
  if (create.sender_id === accountId) return undefined;
  const author = users[create.sender_id];
  const attachment = create.message_data.attachment ? `[${create.message_data.attachment.type ?? "media"} attachment]` : "";
  return {
    platform: "x",
    accountId,
    kind: "direct_message",
    platformMessageId: event.id,
    threadKey: "dm:" + create.sender_id,
    author: { platformId: create.sender_id, handle: author?.screen_name, name: author?.name },
    text: create.message_data.text || attachment,
    sentAt: msToIso(event.created_timestamp),
    action: "created",
    replyRef: { participant_id: create.sender_id },
  };
}

export const postUrl = (handle: string | undefined, id: string) => `https://x.com/${handle ?? "i/web"}/status/${id}`;
const msToIso = (ms: string | undefined) => new Date(Number(ms ?? 0) || 0).toISOString();

function isUserEventOnly(payload: unknown): boolean {
  return typeof payload === "object" && payload !== null && "user_event" in payload && !("for_user_id" in payload);
}
