import { z } from "zod";
import type { InboundMessage } from "../inbound-message.ts";
import { PlatformError } from "../platform-client.ts";
import { getGraph, type GraphClientOptions } from "./graph-request.ts";

/** What a `mentions` webhook carries: ids only (graph-api/webhooks/reference/instagram, field `mentions`). */
export interface MentionRef {
  mediaId: string;
  commentId?: string;
}

const MentionedComment = z.object({ id: z.string().optional(), text: z.string(), timestamp: z.string().optional() });
const MentionedMedia = z.object({ id: z.string().optional(), caption: z.string().optional(), timestamp: z.string().optional(), username: z.string().optional() });

export interface FetchedMention {
  text: string;
  sentAt?: string;
  handle?: string;
}

/**
 * Reads the text of an @mention with the channel's token, as documented for Facebook Login:
 * - in a comment: GET /{ig-user-id}?fields=mentioned_comment.comment_id({id}){id,text,timestamp}
 *   (instagram-graph-api/reference/ig-user/mentioned_comment; its fields are id, like_count, media, text, timestamp);
 * - in a caption: GET /{ig-user-id}?fields=mentioned_media.media_id({id}){id,caption,timestamp,username}
 *   (instagram-graph-api/reference/ig-user/mentioned_media).
 * A caption can be empty (a photo with only the @mention); that is a real, empty text.
 */
export async function fetchInstagramMention(
  options: GraphClientOptions,
  token: string | undefined,
  igUserId: string,
  ref: MentionRef,
): Promise<FetchedMention> {
  const path = `/${encodeURIComponent(igUserId)}`;
  if (ref.commentId) {
    const json = await getGraph(options, path, token, `mentioned_comment.comment_id(${ref.commentId}){id,text,timestamp}`);
    const parsed = MentionedComment.safeParse(json.mentioned_comment);
    if (!parsed.success) throw new PlatformError("Meta answered without the mentioned comment", { retryable: true });
    return { text: parsed.data.text, sentAt: isoOf(parsed.data.timestamp) };
  }
  const json = await getGraph(options, path, token, `mentioned_media.media_id(${ref.mediaId}){id,caption,timestamp,username}`);
  const parsed = MentionedMedia.safeParse(json.mentioned_media);
  if (!parsed.success) throw new PlatformError("Meta answered without the mentioned media", { retryable: true });
  return { text: parsed.data.caption ?? "", sentAt: isoOf(parsed.data.timestamp), handle: parsed.data.username };
}

/** The id-only mention a webhook gave, or undefined for any other message. */
export function mentionRefOf(message: InboundMessage): MentionRef | undefined {
  const ref = message.replyRef;
  if (message.platform !== "instagram" || message.kind !== "mention" || ref?.mention !== "true" || !ref.media_id) return undefined;
  return { mediaId: ref.media_id, ...(ref.comment_id ? { commentId: ref.comment_id } : {}) };
}

/** The mention with its fetched text; `pendingText` is dropped once the text is in. */
export function withMentionText(message: InboundMessage, fetched: FetchedMention): InboundMessage {
  const { pendingText: _pending, ...replyRef } = message.replyRef ?? {};
  return {
    ...message,
    text: fetched.text,
    ...(fetched.sentAt ? { sentAt: fetched.sentAt } : {}),
    author: { ...message.author, ...(fetched.handle ? { handle: fetched.handle } : {}) },
    replyRef,
  };
}

/** Stored when the text could not be read yet, so the mention is never lost; filled in by a later job. */
export const MENTION_TEXT_PENDING = "(Instagram mention: its text could not be read yet; Bedside will retry)";

export function withPendingText(message: InboundMessage): InboundMessage {
  return { ...message, text: MENTION_TEXT_PENDING, replyRef: { ...(message.replyRef ?? {}), pendingText: "true" } };
}

/** Graph timestamps look like 2017-05-03T16:09:08+0000. */
function isoOf(timestamp: string | undefined): string | undefined {
  if (!timestamp) return undefined;
  const ms = Date.parse(timestamp.replace(/([+-]\d\d)(\d\d)$/, "$1:$2"));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
