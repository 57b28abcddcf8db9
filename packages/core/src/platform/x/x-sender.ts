import type { PlatformSender, SendReplyInput, SendReplyResult } from "../platform-client.ts";
import { PlatformError } from "../platform-client.ts";
import { callX, type XClientOptions } from "./x-request.ts";

/**
 * Replies on X with a user-context OAuth 2.0 token (credentials.userAccessToken; scopes
 * tweet.read tweet.write users.read, plus dm.read dm.write for DMs):
 * - public: POST /2/tweets {text, reply: {in_reply_to_tweet_id}} (docs.x.com/x-api/posts/manage-tweets/quickstart);
 * - private: POST /2/dm_conversations/with/{participant_id}/messages {text} (docs.x.com/x-api/direct-messages/manage).
 * X takes no idempotency key, so idempotencyKey is not sent: after a timeout the caller must
 * look for the reply before sending again, or accept the risk of a duplicate.
 */
export function createXSender(options: XClientOptions = {}): PlatformSender {
  return {
    async sendReply({ credentials, target, text }: SendReplyInput): Promise<SendReplyResult> {
      const token = credentials.userAccessToken;
      if (target.private) {
        const participant = target.replyRef?.participant_id ?? target.authorPlatformId ?? dmPartner(target.threadKey);
        if (!participant) throw new PlatformError("No X user to message privately", { retryable: false });
        const json = await callX(options, "POST", `/2/dm_conversations/with/${encodeURIComponent(participant)}/messages`, token, { text });
        return { platformReplyId: requireId(json.data?.dm_event_id) };
      }
      if (target.threadKey.startsWith("dm:")) throw new PlatformError("A direct message can only be answered privately", { retryable: false });
      const body = { text, reply: { in_reply_to_tweet_id: target.platformMessageId } };
      const json = await callX(options, "POST", "/2/tweets", token, body);
      const id = requireId(json.data?.id);
      return { platformReplyId: id, url: `https://x.com/i/web/status/${id}` };
    },
  };
}

const dmPartner = (threadKey: string) => (threadKey.startsWith("dm:") ? threadKey.slice(3) : undefined);

function requireId(id: unknown): string {
  if (typeof id !== "string" || !id) throw new PlatformError("X answered without an id", { retryable: false });
  return id;
}
