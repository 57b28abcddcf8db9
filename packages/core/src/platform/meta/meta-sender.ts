import type { PlatformSender, ReplyTarget, SendReplyInput, SendReplyResult } from "../platform-client.ts";
import { PlatformError } from "../platform-client.ts";
import { type GraphClientOptions, getGraph, postGraph } from "./graph-request.ts";

/**
 * Replies through the Graph API. Design: one sender per surface, because the endpoints differ
 * (`/comments` vs `/replies`) and the lead registers senders by platform anyway:
 * `createFacebookSender` for platform "facebook", `createInstagramSender` for "instagram".
 * `createMetaSender` routes on replyRef.surface, which normaliseMetaWebhook sets on every message.
 * The Graph API takes no idempotency key, so idempotencyKey is not sent; the caller must not
 * resend after a timeout without checking (a timed-out POST may have been applied).
 * credentials.pageAccessToken is the Page token (or the Instagram User token with Instagram Login).
 */
export function createFacebookSender(options: GraphClientOptions = {}): PlatformSender {
  return {
    async sendReply({ credentials, target, text }: SendReplyInput): Promise<SendReplyResult> {
      const token = credentials.pageAccessToken;
      if (target.private) {
        // Send API (messenger-platform/reference/send-api): RESPONSE inside the 24-hour window.
        // A private reply to a comment uses recipient.comment_id (messenger-platform/discovery/private-replies).
        const body = isDm(target)
          ? { recipient: { id: dmRecipient(target) }, messaging_type: "RESPONSE", message: { text } }
          : { recipient: { comment_id: target.platformMessageId }, message: { text } };
        const json = await postGraph(options, `/${enc(target.accountId)}/messages`, token, body);
        return { platformReplyId: idFrom(json, "message_id") };
      }
      refusePublicDm(target);
      // graph-api/reference/object/comments: POST /{post-id | comment-id}/comments with `message`.
      const json = await postGraph(options, `/${enc(replyToId(target))}/comments`, token, { message: text });
      return { platformReplyId: idFrom(json, "id") };
    },
    /**
     * After a send that timed out: is the Messenger reply there? graph-api/reference/page/conversations
     * with `user_id` gives the Page's conversation with that person; its newest messages are searched
     * for one from the Page, with exactly this text, created since the approval. Only direct messages
     * can be looked up this way; anything else throws (the caller then marks it "may have been posted").
     */
    async findReply({ credentials, target, text }: SendReplyInput, window: { notBefore?: string }): Promise<SendReplyResult | null> {
      if (!target.private || !isDm(target)) throw new PlatformError("Meta replies other than direct messages cannot be looked up", { retryable: false });
      const json = await getGraph(options, `/${enc(target.accountId)}/conversations`, credentials.pageAccessToken, "messages.limit(50){id,message,from,created_time}", {
        platform: "messenger",
        user_id: dmRecipient(target),
      });
      const notBefore = window.notBefore ? Date.parse(window.notBefore) : 0;
      const conversations = (Array.isArray(json.data) ? json.data : []) as Array<{ messages?: { data?: GraphMessage[] } }>;
      const found = conversations
        .flatMap((c) => c.messages?.data ?? [])
        .find((m) => m.message === text && m.from?.id === target.accountId && Date.parse(m.created_time ?? "") >= notBefore - 60_000);
      return found ? { platformReplyId: found.id } : null;
    },
  };
}

interface GraphMessage {
  id: string;
  message?: string;
  from?: { id?: string };
  created_time?: string;
}

export function createInstagramSender(options: GraphClientOptions = {}): PlatformSender {
  return {
    async sendReply({ credentials, target, text }: SendReplyInput): Promise<SendReplyResult> {
      const token = credentials.pageAccessToken;
      if (target.private) {
        // instagram-platform/instagram-api-with-facebook-login/messaging-api and private-replies (7 days).
        const recipient = isDm(target) ? { id: dmRecipient(target) } : { comment_id: target.platformMessageId };
        const json = await postGraph(options, `/${enc(target.accountId)}/messages`, token, { recipient, message: { text } });
        return { platformReplyId: idFrom(json, "message_id") };
      }
      refusePublicDm(target);
      const ref = target.replyRef ?? {};
      if (ref.mention === "true" && ref.media_id) {
        // ig-user/mentions: reply where the account was @mentioned on someone else's media.
        const body = { media_id: ref.media_id, ...(ref.comment_id ? { comment_id: ref.comment_id } : {}), message: text };
        const json = await postGraph(options, `/${enc(target.accountId)}/mentions`, token, body);
        return { platformReplyId: idFrom(json, "id") };
      }
      // ig-comment/replies: replies attach only to top-level comments.
      const json = await postGraph(options, `/${enc(replyToId(target))}/replies`, token, { message: text });
      return { platformReplyId: idFrom(json, "id") };
    },
  };
}

export function createMetaSender(options: GraphClientOptions = {}): PlatformSender {
  const facebook = createFacebookSender(options);
  const instagram = createInstagramSender(options);
  return {
    sendReply: (input) => (input.target.replyRef?.surface === "instagram" ? instagram : facebook).sendReply(input),
    findReply: (input, window) => {
      const sender = input.target.replyRef?.surface === "instagram" ? instagram : facebook;
      if (!sender.findReply) throw new PlatformError("Instagram replies cannot be looked up", { retryable: false });
      return sender.findReply(input, window);
    },
  };
}

const isDm = (target: ReplyTarget) => target.threadKey.startsWith("dm:");
const dmRecipient = (target: ReplyTarget) => target.replyRef?.recipient_id ?? target.authorPlatformId ?? target.threadKey.slice(3);
const replyToId = (target: ReplyTarget) => target.replyRef?.reply_to_id ?? target.platformMessageId;
const enc = encodeURIComponent;

function refusePublicDm(target: ReplyTarget): void {
  if (isDm(target)) throw new PlatformError("A direct message can only be answered privately", { retryable: false });
}

function idFrom(json: Record<string, unknown>, key: string): string {
  const id = json[key];
  if (typeof id !== "string" || !id) throw new PlatformError("Meta answered without an id", { retryable: false });
  return id;
}
