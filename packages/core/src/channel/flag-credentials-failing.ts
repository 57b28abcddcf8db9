import type { Deps } from "../context.ts";
import type { Platform } from "../platform/platform.ts";
import { findChannelByAccount } from "./find-channel.ts";
import { recordChannelHealth } from "./record-channel-health.ts";

/**
 * The platform said the account withdrew Bedside's access (an X revoke): the channel's health shows
 * failing credentials, and `revokedAt` keeps it flagged even when polling with an app token still works,
 * until the channel is reconnected with new credentials. Returns the channel id, or null when no practice connected it.
 */
export async function flagCredentialsFailing(
  deps: Deps,
  platform: Platform,
  accountId: string,
  reason: string,
): Promise<string | null> {
  const channel = await findChannelByAccount(deps, platform, accountId);
  if (!channel) return null;
  await recordChannelHealth(deps, channel, { kind: "error", at: deps.clock().toISOString(), error: reason, credentialsFailing: true, revoked: true });
  return channel.id;
}
