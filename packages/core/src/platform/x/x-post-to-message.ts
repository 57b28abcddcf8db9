import type { InboundMessage } from "../inbound-message.ts";
import { postUrl } from "./normalise-x-activity.ts";

/** The v2 post fields the pollers request (docs.x.com/x-api/posts/timelines, .../search). */
export interface XV2Post {
  id: string;
  text: string;
  author_id?: string;
  created_at?: string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: Array<{ type: string; id: string }>;
  note_tweet?: { text?: string };
}
export interface XV2Includes {
  users?: Array<{ id: string; username?: string; name?: string }>;
  tweets?: Array<{ id: string; text?: string; note_tweet?: { text?: string }; author_id?: string }>;
}

/**
 * A v2 post to a message, or undefined for retweets and the account's own posts.
 * threadKey = conversation_id (the root post of the thread); context = the replied-to post,
 * with its text when `includes.tweets` expanded it. Long posts carry the full text in note_tweet.
 */
export function xPostToMessage(accountId: string, post: XV2Post, includes: XV2Includes, now: Date): InboundMessage | undefined {
  if (post.author_id === accountId) return undefined;
  if (post.referenced_tweets?.some((r) => r.type === "retweeted")) return undefined;
  const user = includes.users?.find((u) => u.id === post.author_id);
  const repliedTo = post.referenced_tweets?.find((r) => r.type === "replied_to")?.id;
  const parent = repliedTo ? includes.tweets?.find((t) => t.id === repliedTo) : undefined;
  return {
    platform: "x",
    accountId,
    kind: post.in_reply_to_user_id === accountId ? "comment" : "mention",
    platformMessageId: post.id,
    threadKey: post.conversation_id ?? post.id,
    parentPlatformId: repliedTo,
    context: repliedTo ? { platformId: repliedTo, text: parent?.note_tweet?.text ?? parent?.text } : undefined,
    author: { platformId: post.author_id, handle: user?.username, name: user?.name },
    text: post.note_tweet?.text ?? post.text,
    url: postUrl(user?.username, post.id),
    sentAt: post.created_at ?? now.toISOString(),
    action: "created",
  };
}

/** Numeric comparison of snowflake ids, which exceed Number.MAX_SAFE_INTEGER. */
export function newerId(a: string | undefined, b: string): string {
  return a === undefined || BigInt(b) > BigInt(a) ? b : a;
}
