import type { Deps } from "../context.ts";
import { refreshAccessToken, type OAuthClient, type RefreshablePlatform, type TokenEndpointOptions } from "../platform/oauth/refresh-access-token.ts";
import { accessTokenExpired, refreshGrant, refreshedCredentials } from "../platform/oauth/token-credentials.ts";
import { PlatformError } from "../platform/platform-client.ts";
import type { ChannelRecord } from "./channel.ts";
import { getChannelRecord } from "./find-channel.ts";
import { recordChannelHealth } from "./record-channel-health.ts";
import { saveChannelCredentials } from "./save-channel-credentials.ts";

export interface TokenRefreshOptions {
  endpoints?: TokenEndpointOptions;
  /** App-wide OAuth client ids/secrets, used when the channel's credentials carry none. */
  fallbackClients?: Partial<Record<RefreshablePlatform, Partial<OAuthClient>>>;
}

/**
 * Runs a platform call with the channel's credentials, renewing an expired OAuth 2.0 access token:
 * before the call when the stored expiry has passed, or after a 401, and then retries the call once.
 * The renewed tokens are saved on the channel (and on this in-memory record, so the channel's next
 * poller this round uses them). A refused refresh flags the channel's credentials as failing.
 * Channels without a refresh token, and platforms without OAuth refresh, just make the call.
 */
export async function withTokenRefresh<T>(
  deps: Deps,
  channel: ChannelRecord,
  options: TokenRefreshOptions,
  call: (credentials: Record<string, string>) => Promise<T>,
): Promise<T> {
  channel.credentials ??= {};
  const canRefresh = () => refreshGrant(channel.platform, channel.credentials, options.fallbackClients) !== null;
  if (canRefresh() && accessTokenExpired(channel.credentials, deps.clock().getTime())) await renew(deps, channel, options);
  try {
    return await call(channel.credentials);
  } catch (error) {
    if (!(error instanceof PlatformError && error.options.status === 401) || !canRefresh()) throw error;
    await renew(deps, channel, options);
    return call(channel.credentials);
  }
}

async function renew(deps: Deps, channel: ChannelRecord, options: TokenRefreshOptions): Promise<void> {
  const grant = refreshGrant(channel.platform, channel.credentials, options.fallbackClients)!;
  let tokens;
  try {
    tokens = await refreshAccessToken(grant.platform, grant, { now: () => deps.clock().getTime(), ...options.endpoints });
  } catch (error) {
    if (error instanceof PlatformError && error.options.credentialsFailing) {
      // X rotates refresh tokens: another run may have renewed first. Take what it stored.
      const current = await getChannelRecord(deps, channel.practiceId, channel.id);
      const stored = current?.credentials?.refreshToken;
      if (current && stored && stored !== grant.refreshToken) {
        channel.credentials = { ...current.credentials };
        return;
      }
      await recordChannelHealth(deps, channel, { kind: "error", at: deps.clock().toISOString(), error: error.message, credentialsFailing: true });
    }
    throw error;
  }
  const changed = refreshedCredentials(grant.platform, tokens);
  await saveChannelCredentials(deps, channel, changed);
  channel.credentials = { ...channel.credentials, ...changed };
}
