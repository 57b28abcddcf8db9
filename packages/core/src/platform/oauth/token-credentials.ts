import type { Platform } from "../platform.ts";
import type { OAuthClient, RefreshablePlatform, RefreshedTokens } from "./refresh-access-token.ts";

/**
 * Where each platform's channel credentials keep their OAuth 2.0 tokens:
 * - x: `userAccessToken` (replies) and `bearerToken` (polling; may be the same user token);
 * - google_reviews, linkedin: `accessToken`.
 * All of them: `refreshToken`, `clientId`, optional `clientSecret`, and `accessTokenExpiresAt` (written on refresh).
 */
const ACCESS_TOKEN_KEYS: Record<RefreshablePlatform, string[]> = {
  x: ["userAccessToken", "bearerToken"],
  google_reviews: ["accessToken"],
  linkedin: ["accessToken"],
};

export function isRefreshablePlatform(platform: Platform): platform is RefreshablePlatform {
  return platform in ACCESS_TOKEN_KEYS;
}

/** The refresh token and OAuth client a channel can renew its access token with, or null. */
export function refreshGrant(
  platform: Platform,
  credentials: Record<string, string>,
  fallbackClients: Partial<Record<RefreshablePlatform, Partial<OAuthClient>>> = {},
): { platform: RefreshablePlatform; refreshToken: string; client: OAuthClient } | null {
  if (!isRefreshablePlatform(platform) || !credentials.refreshToken) return null;
  const fallback = fallbackClients[platform] ?? {};
  const clientId = credentials.clientId ?? fallback.clientId;
  if (!clientId) return null;
  const clientSecret = credentials.clientSecret ?? fallback.clientSecret;
  return { platform, refreshToken: credentials.refreshToken, client: { clientId, ...(clientSecret ? { clientSecret } : {}) } };
}

/**
 * The credential values a refresh changes. Every access-token key gets the new token: a 401 on an X
 * app-only bearer is not fixable by refreshing it, so polling then continues with the user token.
 */
export function refreshedCredentials(platform: RefreshablePlatform, tokens: RefreshedTokens): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ACCESS_TOKEN_KEYS[platform]) out[key] = tokens.accessToken;
  if (tokens.refreshToken) out.refreshToken = tokens.refreshToken;
  if (tokens.expiresAt) out.accessTokenExpiresAt = tokens.expiresAt;
  return out;
}

/** True when the stored access token is known to have expired (with a minute of slack for clock skew). */
export function accessTokenExpired(credentials: Record<string, string>, now: number): boolean {
  const at = credentials.accessTokenExpiresAt ? Date.parse(credentials.accessTokenExpiresAt) : NaN;
  return Number.isFinite(at) && at - 60_000 <= now;
}
