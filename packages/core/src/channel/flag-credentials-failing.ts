import type { Deps } from "../context.ts";
import type { Platform } from "../platform/platform.ts";
import { findChannelByAccount } from "./find-channel.ts";
import { recordChannelHealth } from "./record-channel-health.ts";

/**
 * The platform said the practice's authorisation is gone (an X revoke, a refused token refresh):
 * the channel's health shows failing credentials until a later poll or delivery succeeds.
 * Returns the channel id, or null when no practice connected that account.
 */
export async function flagCredentialsFailing(
  deps: Deps,
  platform: Platform,
  accountId: string,
  reason: string,
): Promise<string | null> {
  const channel = await findChannelByAccount(deps, platform, accountId);
  if (!channel) return null;
  await recordChannelHealth(deps, channel, { kind: "error", at: deps.clock().toISOString(), error: reason, credentialsFailing: true });
  return channel.id;
}
