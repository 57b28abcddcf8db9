import type { ChannelRecord } from "../channel/channel.ts";
import { firstLine, type Conversation, type Message, type TriageSnapshot } from "../conversation/conversation.ts";
import type { InboundMessage } from "../platform/inbound-message.ts";
import { CATEGORIES } from "../triage/category.ts";

const precedence = (c: string) => CATEGORIES.indexOf(c as (typeof CATEGORIES)[number]);

/** The message item an inbound platform message becomes. Pure. */
export function buildInboundMessage(
  input: InboundMessage,
  ids: { messageId: string; conversationId: string },
  triage: TriageSnapshot,
  receivedAt: string,
): Message {
  return {
    id: ids.messageId,
    conversationId: ids.conversationId,
    direction: "inbound",
    platform: input.platform,
    kind: input.kind,
    platformMessageId: input.platformMessageId,
    parentPlatformId: input.parentPlatformId ?? null,
    authorHandle: input.author.handle ?? null,
    authorName: input.author.name ?? null,
    authorPlatformId: input.author.platformId ?? null,
    text: input.text,
    sentAt: input.sentAt,
    receivedAt,
    url: input.url ?? null,
    replyRef: input.replyRef ?? null,
    triage,
    edited: false,
    deleted: false,
  };
}

/** A new conversation opened by its first inbound message. Pure. */
export function newConversation(channel: ChannelRecord, message: Message, input: InboundMessage, triage: TriageSnapshot): Conversation {
  return {
    id: message.conversationId,
    practiceId: channel.practiceId,
    channelId: channel.id,
    platform: input.platform,
    kind: input.kind,
    threadKey: input.threadKey,
    authorHandle: message.authorHandle,
    authorName: message.authorName,
    authorPlatformId: message.authorPlatformId,
    preview: firstLine(input.text),
    category: triage.category,
    reasons: triage.reasons,
    containsPhi: triage.containsPhi,
    language: triage.language,
    engineCategory: triage.category,
    status: "open",
    assigneeId: null,
    firstInboundAt: message.sentAt,
    lastMessageAt: message.sentAt,
    waitingSince: message.sentAt,
    firstReplyAt: null,
    messageCount: 1,
    url: message.url,
    context: input.context ?? null,
    version: 1,
  };
}

/**
 * An existing conversation after one more inbound message. The conversation takes the more
 * urgent category of the two (an urgent follow-up must not hide under an earlier education
 * question); once answered, a new message starts a new wait and re-opens it. Pure.
 */
export function withInboundMessage(current: Conversation, message: Message, triage: TriageSnapshot): Conversation {
  const answered = current.waitingSince === null || current.status === "done";
  const escalates = precedence(triage.category) < precedence(current.category);
  const takeNew = answered || escalates;
  return {
    ...current,
    category: takeNew ? triage.category : current.category,
    reasons: takeNew ? triage.reasons : current.reasons,
    engineCategory: takeNew ? triage.category : current.engineCategory,
    containsPhi: current.containsPhi || triage.containsPhi,
    status: "open",
    lastMessageAt: message.sentAt > current.lastMessageAt ? message.sentAt : current.lastMessageAt,
    waitingSince: current.waitingSince ?? message.sentAt,
    messageCount: current.messageCount + 1,
    version: current.version + 1,
  };
}
