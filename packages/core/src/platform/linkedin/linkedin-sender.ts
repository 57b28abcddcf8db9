import { PlatformError, type PlatformSender, type SendReplyInput, type SendReplyResult } from "../platform-client.ts";
import { encodeUrn, linkedInRequest, type LinkedInClientOptions } from "./linkedin-http.ts";

/**
 * Replies as the organization with the Comments API:
 * POST /rest/socialActions/{target urn}/comments { actor: org URN, object: post URN, message: { text }, parentComment? }.
 * Answering a comment nests under it (path and parentComment = the comment URN, object = the activity
 * inside the comment URN); answering a mention comments on the mentioning post.
 * Source: https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/comments-api
 * The created comment's URN comes back in the body ($URN) or the x-restli-id header.
 */
export function createLinkedInSender(options: LinkedInClientOptions = {}): PlatformSender {
  return {
    async sendReply({ credentials, target, text }: SendReplyInput): Promise<SendReplyResult> {
      const commentUrn = target.platformMessageId.startsWith("urn:li:comment:") ? target.platformMessageId : undefined;
      const object = (commentUrn && activityOf(commentUrn)) ?? target.replyRef?.object ?? target.threadKey;
      const on = commentUrn ?? object;
      const body = {
        actor: target.accountId,
        object,
        message: { text },
        ...(commentUrn ? { parentComment: commentUrn } : {}),
      };
      const { response, body: answer } = await linkedInRequest(options, credentials.accessToken, `/rest/socialActions/${encodeUrn(on)}/comments`, {
        method: "POST",
        body,
      });
      const id = (answer.$URN as string | undefined) ?? response.headers.get("x-restli-id") ?? (answer.id as string | undefined);
      if (!id) throw new PlatformError("LinkedIn answered without a comment id", { status: response.status, retryable: false });
      return { platformReplyId: String(id), url: `https://www.linkedin.com/feed/update/${object}/` };
    },
  };
}

/** urn:li:comment:(urn:li:activity:123,456) -> urn:li:activity:123 */
export function activityOf(commentUrn: string): string | undefined {
  return /^urn:li:comment:\((urn:li:[A-Za-z]+:[^,]+),/.exec(commentUrn)?.[1];
}
