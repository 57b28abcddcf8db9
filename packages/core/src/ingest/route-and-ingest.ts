import type { ChannelRecord } from "../channel/channel.ts";
import { keys } from "../storage/keys.ts";
import { recordChannelHealth } from "../channel/record-channel-health.ts";
import type { Deps } from "../context.ts";
import type { Conversation, Message } from "../conversation/conversation.ts";
import type { InboundMessage } from "../platform/inbound-message.ts";
import type { Category } from "../triage/category.ts";
import { countUnrouted } from "./count-unrouted.ts";
import { getItems } from "./get-items.ts";
import { firstReadKeys, ingestMessages, type FirstRead, type IngestOutcome } from "./ingest-messages.ts";
import { routeOf } from "./route-cache.ts";

export interface RoutedOutcome {
  status: IngestOutcome["status"] | "unrouted";
  conversationId?: string;
  messageId?: string;
  category?: Category;
  newConversation?: boolean;
  practiceId?: string;
  channelId?: string;
  /** For a stored message: the conversation as it left it and the message, so follow-up work need not read them again. */
  stored?: { conversation: Conversation; message: Message };
}

/** A channel's health notes an event at most this often per process: many deliveries a second would all update one item. */
const HEALTH_EVERY_MS = 15_000;
const healthNoted = new Map<string, number>();

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
    const found = await connectedChannel(deps, group[0]);
    if (!found) {
      await countUnrouted(deps, group[0].platform, group.length);
      outcomes.push(...group.map(() => ({ status: "unrouted" as const })));
      continue;
    }
    const { channel, firstRead } = found;
    const stored = await ingestMessages(deps, channel, group, { firstRead });
    outcomes.push(...stored.map((o) => ({ ...o, practiceId: channel.practiceId, channelId: channel.id })));
    await noteEvent(deps, channel);
  }
  return outcomes;
}

/**
 * The connected channel that owns the message's account, read in the same round trip as the
 * message's idempotency and thread items. The account-to-channel pointer may come from the
 * route cache; if the channel it names is gone or disconnected, the pointer is read again.
 */
async function connectedChannel(deps: Deps, first: InboundMessage): Promise<{ channel: ChannelRecord; firstRead: FirstRead } | null> {
  for (const fresh of [false, true]) {
    const route = await routeOf(deps, first.platform, first.accountId, { fresh });
    if (!route) return null;
    const [channel, seen, thread] = await getItems(deps, [keys.channel(route.practiceId, route.channelId), ...firstReadKeys(route.practiceId, route.channelId, first)]);
    if (channel && channel.status === "connected") return { channel: channel as unknown as ChannelRecord, firstRead: { seen, thread } };
  }
  return null;
}

async function noteEvent(deps: Deps, channel: ChannelRecord): Promise<void> {
  const at = deps.clock();
  const key = `${deps.store.tableName}\u0000${channel.id}`;
  const last = healthNoted.get(key);
  if (last !== undefined && Math.abs(at.getTime() - last) < HEALTH_EVERY_MS && !channel.health?.credentialsFailing) return;
  healthNoted.set(key, at.getTime());
  await recordChannelHealth(deps, channel, { kind: "event", at: at.toISOString() });
}
