import { PlatformError, type PlatformSender, type SendReplyInput, type SendReplyResult } from "../platform-client.ts";
import { googleRequest, type GoogleClientOptions } from "./google-http.ts";

/** updateReply caps ReviewReply.comment at 4096 bytes. */
export const MAX_REPLY_BYTES = 4096;

/**
 * PUT /v4/{accounts/*\/locations/*\/reviews/*}/reply { comment } creates or replaces the owner's reply, so a
 * retried send cannot duplicate it. Works only on verified locations (scope business.manage).
 * Source: https://developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews/updateReply
 */
export function createGoogleReviewsSender(options: GoogleClientOptions = {}): PlatformSender {
  return {
    async sendReply({ credentials, target, text }: SendReplyInput): Promise<SendReplyResult> {
      if (Buffer.byteLength(text, "utf8") > MAX_REPLY_BYTES) {
        throw new PlatformError(`A review reply is limited to ${MAX_REPLY_BYTES} bytes`, { status: 400, retryable: false });
      }
      const reviewName = target.replyRef?.reviewName ?? target.platformMessageId;
      await googleRequest(options, credentials.accessToken, `/v4/${reviewName}/reply`, { method: "PUT", body: { comment: text } });
      return { platformReplyId: `${reviewName}/reply` };
    },
  };
}
