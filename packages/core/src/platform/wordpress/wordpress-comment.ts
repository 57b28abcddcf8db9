import { z } from "zod";
import type { InboundMessage } from "../inbound-message.ts";
import { htmlToText } from "./html-to-text.ts";

/**
 * A comment from GET /wp-json/wp/v2/comments (view context).
 * Source: https://developer.wordpress.org/rest-api/reference/comments/ and WordPress core's generated
 * fixtures (fixtures/comment*.json). date_gmt has no zone suffix; it is UTC.
 */
export const WordPressComment = z.object({
  id: z.number().int(),
  post: z.number().int(),
  parent: z.number().int().default(0),
  author: z.number().int().default(0),
  author_name: z.string().default(""),
  date_gmt: z.string(),
  content: z.object({ rendered: z.string() }),
  link: z.string().optional(),
  status: z.string().optional(),
  type: z.string().optional(),
});
export type WordPressComment = z.infer<typeof WordPressComment>;

/** The site URL without a trailing slash; the channel's accountId. */
export function siteOf(accountId: string): string {
  return accountId.replace(/\/+$/, "");
}

/**
 * Comment ids are unique only within a site, so ids are site-qualified: `${site}#comment-${id}`
 * (the parent too, so parentPlatformId matches the parent's platformMessageId).
 */
export function wordPressCommentId(site: string, id: number): string {
  return `${siteOf(site)}#comment-${id}`;
}

export function gmtToIso(dateGmt: string): string {
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(dateGmt) ? dateGmt : `${dateGmt}Z`).toISOString();
}

/** threadKey is "post:" + post id: every comment on a post is one conversation, replies included. */
export function normaliseWordPressComment(comment: WordPressComment, site: string): InboundMessage {
  const postUrl = comment.link?.split("#")[0];
  const message: InboundMessage = {
    platform: "blog",
    accountId: siteOf(site),
    kind: "comment",
    platformMessageId: wordPressCommentId(site, comment.id),
    threadKey: `post:${comment.post}`,
    context: { platformId: String(comment.post), ...(postUrl ? { url: postUrl } : {}) },
    author: {
      ...(comment.author > 0 ? { platformId: String(comment.author) } : {}),
      ...(comment.author_name ? { name: comment.author_name } : {}),
    },
    text: htmlToText(comment.content.rendered),
    sentAt: gmtToIso(comment.date_gmt),
    action: "created",
    replyRef: { postId: String(comment.post), commentId: String(comment.id), ...(comment.status ? { status: comment.status } : {}) },
  };
  if (comment.link) message.url = comment.link;
  if (comment.parent > 0) message.parentPlatformId = wordPressCommentId(site, comment.parent);
  return message;
}
