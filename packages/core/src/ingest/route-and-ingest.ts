import { findChannelByAccount } from "../channel/find-channel.ts";
import { recordChannelHealth } from "../channel/record-channel-health.ts";
import type { Deps } from "../context.ts";
import type { InboundMessage } from "../platform/inbound-message.ts";
import type { Category } from "../triage/category.ts";
import { countUnrouted } from "./count-unrouted.ts";
import { ingestMessages, type IngestOutcome } from "./ingest-messages.ts";

export interface RoutedOutcome {
  status: IngestOutcome["status"] | "unrouted";
  conversationId?: string;
  messageId?: string;
  category?: Category;
  newConversation?: boolean;
  practiceId?: string;
  channelId?: string;
}

/**
 * Routes each normalised message to the practice that connected the account it was sent to,
 * then stores it. Any store failure propagates, so the whole delivery is retried by the platform.
 */
export async function routeAndIngest(deps: Deps, messages: InboundMessage[]): Promise<RoutedOutcome[]> {
  const byAccount = new Map<string, InboundMessage[]>();
  for (const m of messages) {
    const key = `${m.platform}\u0000${m.accountId}`;
    byAccount.set(key, [...(byAccount.get(key) ?? []), m]);
  }
  const outcomes: RoutedOutcome[] = [];
  for (const group of byAccount.values()) {
    const channel = await findChannelByAccount(deps, group[0].platform, group[0].accountId);
    if (!channel) {
      await countUnrouted(deps, group[0].platform, group.length);
      outcomes.push(...group.map(() => ({ status: "unrouted" as const })));
      continue;
    }
    const stored = await ingestMessages(deps, channel, group);
    outcomes.push(...stored.map((o) => ({ ...o, practiceId: channel.practiceId, channelId: channel.id })));
    await recordChannelHealth(deps, channel, { kind: "event", at: deps.clock().toISOString() });
  }
  return outcomes;
}
