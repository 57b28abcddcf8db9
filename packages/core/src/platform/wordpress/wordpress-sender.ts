import { PlatformError, type PlatformSender, type SendReplyInput, type SendReplyResult } from "../platform-client.ts";
import { siteOf, wordPressCommentId } from "./wordpress-comment.ts";
import { basicAuth, wordPressRequest, type WordPressClientOptions } from "./wordpress-http.ts";

/**
 * Replies as the practice's WordPress user: POST {site}/wp-json/wp/v2/comments { post, parent, content }
 * with an Application Password. WordPress refuses an identical comment by the same author on the same
 * post with 409 comment_duplicate, which reaches the reply job as a final (non-retryable) error.
 * Source: https://developer.wordpress.org/rest-api/reference/comments/#create-a-comment
 */
export function createWordPressSender(options: WordPressClientOptions = {}): PlatformSender {
  return {
    async sendReply({ credentials, target, text }: SendReplyInput): Promise<SendReplyResult> {
      const auth = basicAuth(credentials);
      if (!auth.authorization) throw new PlatformError("WordPress application password missing", { retryable: false, credentialsFailing: true });
      const post = Number(target.replyRef?.postId ?? target.threadKey.replace(/^post:/, ""));
      const parent = Number(target.replyRef?.commentId ?? 0);
      if (!Number.isInteger(post) || post <= 0) throw new PlatformError("The comment has no WordPress post id", { retryable: false });
      const site = siteOf(target.accountId);
      const { body } = await wordPressRequest(options, `${site}/wp-json/wp/v2/comments`, {
        method: "POST",
        headers: auth,
        body: { post, parent, content: text },
      });
      const created = body as { id?: number; link?: string } | undefined;
      if (typeof created?.id !== "number") throw new PlatformError("WordPress answered without a comment id", { retryable: false });
      return { platformReplyId: wordPressCommentId(site, created.id), ...(created.link ? { url: created.link } : {}) };
    },
  };
}
