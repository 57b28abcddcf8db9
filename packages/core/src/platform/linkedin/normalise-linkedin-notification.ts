import { InvalidPayload } from "../../errors.ts";
import type { InboundMessage } from "../inbound-message.ts";
import { COMMENT_ACTIONS, LinkedInNotification, LinkedInWebhookPayload, MENTION_ACTIONS } from "./linkedin-notification.ts";

/**
 * Webhook payload -> messages. accountId is the organization URN; threadKey is the root post URN
 * (sourcePost, or for a mention the mentioning post itself); platformMessageId is the comment URN
 * (or the mentioning post's URN). Notifications of other actions yield nothing.
 */
export function normaliseLinkedInNotification(payload: unknown): InboundMessage[] {
  const parsed = LinkedInWebhookPayload.safeParse(payload);
  if (!parsed.success) throw new InvalidPayload("The LinkedIn notification does not have the documented shape");
  return parsed.data.notifications.flatMap(normaliseOne);
}

/** One notification (webhook item or organizationalEntityNotifications element) -> zero or one message. */
export function normaliseOne(notification: LinkedInNotification): InboundMessage[] {
  const isComment = notification.action in COMMENT_ACTIONS;
  const isMention = MENTION_ACTIONS.has(notification.action);
  if (!isComment && !isMention) return [];
  const decorated = notification.decoratedGeneratedActivity;
  const item = isComment ? decorated?.comment : decorated?.share;
  const messageId = notification.generatedActivity ?? item?.entity;
  const root = notification.sourcePost ?? (isMention ? messageId : undefined);
  if (!messageId || !root) throw new InvalidPayload("A LinkedIn notification lacks its activity or post");
  const author = item?.owner ?? notification.actor;
  const context: InboundMessage["context"] = { platformId: root, url: postUrl(root) };
  if (isComment && notification.decoratedSourcePost?.text) context.text = notification.decoratedSourcePost.text;
  const replyRef: Record<string, string> = { object: root };
  if (notification.notificationId !== undefined) replyRef.notificationId = String(notification.notificationId);

  const message: InboundMessage = {
    platform: "linkedin",
    accountId: notification.organizationalEntity,
    kind: isComment ? "comment" : "mention",
    platformMessageId: messageId,
    threadKey: root,
    context,
    author: author ? { platformId: author } : {},
    text: item?.text ?? "",
    url: postUrl(root),
    sentAt: new Date(decorated?.createdAt ?? notification.lastModifiedAt).toISOString(),
    action: isComment ? COMMENT_ACTIONS[notification.action as keyof typeof COMMENT_ACTIONS] : "created",
    replyRef,
  };
  const parent = isComment ? decorated?.comment?.parentComment : undefined;
  if (parent) message.parentPlatformId = parent;
  return [message];
}

/** LinkedIn opens any share/ugcPost/activity URN at /feed/update/{urn}. */
function postUrl(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}/`;
}
