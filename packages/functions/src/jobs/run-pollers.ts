import type { ChannelRecord } from "@bedside/core/channel/channel";
import { deferChannelPolling, pollNotBefore } from "@bedside/core/channel/defer-channel-polling";
import { listChannelsOfPlatform } from "@bedside/core/channel/find-channel";
import { recordChannelHealth } from "@bedside/core/channel/record-channel-health";
import { readPollCursor, savePollCursor } from "@bedside/core/channel/save-poll-cursor";
import { withTokenRefresh, type TokenRefreshOptions } from "@bedside/core/channel/with-token-refresh";
import type { Deps } from "@bedside/core/context";
import { DomainError } from "@bedside/core/errors";
import { ingestMessages } from "@bedside/core/ingest/ingest-messages";
import { PlatformError } from "@bedside/core/platform/platform-client";
import type { AppHooks } from "../app-env.ts";
import type { AppConfig } from "../config.ts";
import { log } from "../log.ts";
import { pollerRegistry, type PollerEntry } from "./poller-registry.ts";
import { tokenRefreshOptions } from "./token-refresh-options.ts";

export interface PollSummary {
  channels: number;
  stored: number;
  errors: number;
  /** Channels left alone this round because the platform rate-limited them. */
  deferred: number;
}

export interface RunPollersOptions {
  /** Defaults to every registered poller at config's base URLs. */
  entries?: PollerEntry[];
  hooks?: AppHooks;
}

/** A 429 without a hint still backs off this long. */
const DEFAULT_BACKOFF_MS = 60_000;

/**
 * One round of every platform poller over every connected channel of its platform (a Query on gsi1,
 * never a scan). Platforms run side by side, channels one after another; one channel's failure is
 * recorded on its health and never stops the others.
 */
export async function runPollers(
  deps: Deps,
  config: Pick<AppConfig, "platformBaseUrls"> & Partial<Pick<AppConfig, "secrets">> = {},
  options: RunPollersOptions = {},
): Promise<PollSummary> {
  const entries = options.entries ?? pollerRegistry(config);
  const platforms = [...new Set(entries.map((e) => e.platform))];
  const refresh = tokenRefreshOptions(config);
  const summaries = await Promise.all(
    platforms.map((platform) => pollPlatform(deps, entries.filter((e) => e.platform === platform), refresh, options.hooks)),
  );
  const total = summaries.reduce(
    (sum, s) => ({ channels: sum.channels + s.channels, stored: sum.stored + s.stored, errors: sum.errors + s.errors, deferred: sum.deferred + s.deferred }),
    { channels: 0, stored: 0, errors: 0, deferred: 0 },
  );
  log("poll.round", { ...total });
  return total;
}

async function pollPlatform(deps: Deps, entries: PollerEntry[], refresh: TokenRefreshOptions, hooks?: AppHooks): Promise<PollSummary> {
  const summary: PollSummary = { channels: 0, stored: 0, errors: 0, deferred: 0 };
  let channels: ChannelRecord[];
  try {
    channels = await listChannelsOfPlatform(deps, entries[0].platform);
  } catch (error) {
    log("poll.list_failed", { platform: entries[0].platform, error: (error as Error).name });
    return { ...summary, errors: 1 };
  }
  for (const channel of channels) {
    // Demo channels (seeded, fictional accounts without credentials) are never polled.
    if (channel.settings?.demo === true) continue;
    const applicable = entries.filter((e) => !e.applies || e.applies(channel));
    if (applicable.length > 0) summary.channels += 1;
    for (const entry of applicable) {
      const outcome = await pollChannel(deps, entry, channel, refresh, hooks);
      if (outcome === "deferred") summary.deferred += 1;
      else if (outcome === "failed") summary.errors += 1;
      else summary.stored += outcome;
    }
  }
  return summary;
}

/**
 * Poll, store, and only then move the cursor: a failure anywhere re-reads the same items next round.
 * An expired OAuth token is renewed with the channel's refresh token and the poll retried once.
 */
async function pollChannel(
  deps: Deps,
  entry: PollerEntry,
  channel: ChannelRecord,
  refresh: TokenRefreshOptions,
  hooks?: AppHooks,
): Promise<number | "deferred" | "failed"> {
  const now = deps.clock();
  const notBefore = pollNotBefore(channel);
  if (notBefore && Date.parse(notBefore) > now.getTime()) return "deferred";
  const started = performance.now();
  const cursor = readPollCursor(channel, entry.cursorName);
  try {
    const result = await withTokenRefresh(deps, channel, refresh, (credentials) =>
      entry.poller.poll({ credentials, accountId: channel.accountId, cursor, settings: channel.settings }),
    );
    const outcomes = await ingestMessages(deps, channel, result.messages);
    if (result.cursor && result.cursor !== cursor) {
      await savePollCursor(deps, channel, { name: entry.cursorName, previous: cursor, next: result.cursor });
    }
    const stored = outcomes.filter((o) => o.status === "stored").length;
    const at = deps.clock().toISOString();
    await recordChannelHealth(deps, channel, { kind: "poll", at });
    if (stored > 0) await recordChannelHealth(deps, channel, { kind: "event", at });
    log("poll.channel", { poller: entry.id, channel: channel.id, fetched: result.messages.length, stored, ms: Math.round(performance.now() - started) });
    if (outcomes.length > 0 && hooks?.afterIngest) {
      const routed = outcomes.map((o) => ({ ...o, practiceId: channel.practiceId, channelId: channel.id }));
      await hooks.afterIngest(channel.practiceId, routed).catch((e: Error) => log("poll.after_ingest_failed", { channel: channel.id, error: e.name }));
    }
    return stored;
  } catch (error) {
    return handleFailure(deps, entry, channel, error);
  }
}

async function handleFailure(deps: Deps, entry: PollerEntry, channel: ChannelRecord, error: unknown): Promise<"deferred" | "failed"> {
  const at = deps.clock();
  if (error instanceof PlatformError && (error.options.status === 429 || error.options.retryAfterMs)) {
    const until = new Date(at.getTime() + (error.options.retryAfterMs ?? DEFAULT_BACKOFF_MS)).toISOString();
    // Also set in memory, so this channel's other pollers wait this round too.
    (channel as unknown as Record<string, unknown>).pollNotBefore = until;
    await deferChannelPolling(deps, channel, until);
    log("poll.rate_limited", { poller: entry.id, channel: channel.id, until });
    return "deferred";
  }
  // PlatformError and domain error messages are written to be shown (status codes, never payloads).
  const message =
    error instanceof PlatformError || error instanceof DomainError ? error.message : `Polling failed (${(error as Error)?.name ?? "error"})`;
  const credentialsFailing = error instanceof PlatformError && Boolean(error.options.credentialsFailing);
  await recordChannelHealth(deps, channel, { kind: "error", at: at.toISOString(), error: message, credentialsFailing });
  log("poll.failed", {
    poller: entry.id,
    channel: channel.id,
    error: (error as Error)?.name,
    status: error instanceof PlatformError ? error.options.status : undefined,
    credentialsFailing,
  });
  return "failed";
}
