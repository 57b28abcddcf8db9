import type { ChannelRecord } from "@bedside/core/channel/channel";
import type { Ctx, Deps } from "@bedside/core/context";
import { recordOutboundMessage } from "@bedside/core/conversation/record-outbound";
import { ingestMessages } from "@bedside/core/ingest/ingest-messages";
import { createDraft } from "@bedside/core/draft/create-draft";
import type { InboundMessage } from "@bedside/core/platform/inbound-message";
import type { Platform } from "@bedside/core/platform/platform";
import type { DemoConversation } from "./demo-conversations.ts";

const MINUTE = 60_000;

function toInbound(channel: ChannelRecord, demo: DemoConversation, start: number): InboundMessage[] {
  return demo.messages.map((m, i) => ({
    platform: demo.platform,
    accountId: channel.accountId,
    kind: demo.kind,
    platformMessageId: `demo-${demo.key}-${i}`,
    threadKey: `demo-${demo.key}`,
    context: demo.context,
    author: m.author,
    text: m.text,
    sentAt: new Date(start + (m.minutesAfterStart ?? i * 7) * MINUTE).toISOString(),
    action: "created",
  }));
}

/**
 * Demo conversations go through the same ingest (and so the same triage engine) as real ones;
 * the ones marked answered get their reply recorded the way a sent reply is.
 */
export async function seedConversations(
  deps: Deps,
  ctx: Ctx,
  conversations: DemoConversation[],
  channelFor: (platform: Platform) => Promise<ChannelRecord>,
  now: Date,
): Promise<void> {
  for (const demo of conversations) {
    const channel = await channelFor(demo.platform);
    const start = now.getTime() - demo.daysAgo * 24 * 60 * MINUTE;
    const outcomes = await ingestMessages(deps, channel, toInbound(channel, demo, start));
    const conversationId = outcomes.find((o) => o.conversationId)?.conversationId;
    if (!demo.answered && conversationId) await createDraft(ctx, conversationId);
    if (demo.answered && conversationId) {
      const sentAt = Math.min(start + demo.answered.afterMinutes * MINUTE, now.getTime() - MINUTE);
      await recordOutboundMessage(ctx, {
        conversationId,
        text: demo.answered.reply,
        sentAt: new Date(sentAt).toISOString(),
        platformMessageId: `demo-reply-${demo.key}`,
      });
    }
  }
}
