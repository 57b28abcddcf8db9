import { addPendingMentionToChannel } from "@bedside/core/channel/add-pending-mention";
import type { ChannelRecord } from "@bedside/core/channel/channel";
import { findChannelByAccount } from "@bedside/core/channel/find-channel";
import type { InboundMessage } from "@bedside/core/platform/inbound-message";
import { fetchInstagramMention, mentionRefOf, withMentionText, withPendingText } from "@bedside/core/platform/meta/fetch-instagram-mention";
import { PlatformError } from "@bedside/core/platform/platform-client";
import type { AppDeps } from "../app-env.ts";
import { log } from "../log.ts";

/** Meta expects an answer within seconds; a slower Graph read falls back to the placeholder. */
const FETCH_TIMEOUT_MS = 4_000;

/**
 * Instagram `mentions` changes carry ids only. Before storing, read each one's text with the owning
 * channel's token, so it is triaged on what was written. If that read fails, the mention is stored
 * anyway with a placeholder text and `replyRef.pendingText`, and the channel remembers it for the
 * mention-text job (never dropped: a Meta delivery is not sent again once answered 200).
 * Mentions for accounts no practice connected are left as they are (they are counted, not stored).
 */
export async function resolveInstagramMentions(app: AppDeps, messages: InboundMessage[]): Promise<InboundMessage[]> {
  const channels = new Map<string, Promise<ChannelRecord | null>>();
  const channelOf = (accountId: string) => {
    if (!channels.has(accountId)) channels.set(accountId, findChannelByAccount(app.deps, "instagram", accountId));
    return channels.get(accountId)!;
  };
  return Promise.all(
    messages.map(async (message) => {
      const ref = mentionRefOf(message);
      if (!ref) return message;
      const channel = await channelOf(message.accountId);
      if (!channel) return message;
      try {
        const options = { baseUrl: app.config.platformBaseUrls?.graph, timeoutMs: FETCH_TIMEOUT_MS, ...(app.fetch ? { fetch: app.fetch } : {}) };
        return withMentionText(message, await fetchInstagramMention(options, channel.credentials?.pageAccessToken, channel.accountId, ref));
      } catch (error) {
        await addPendingMentionToChannel(app.deps, channel, ref);
        log("webhook.mention_text_pending", {
          channel: channel.id,
          status: error instanceof PlatformError ? error.options.status : undefined,
          error: (error as Error)?.name,
        });
        return withPendingText(message);
      }
    }),
  );
}
