import { PlatformError } from "../platform-client.ts";

/** The platforms whose channels hold an OAuth 2.0 refresh token Bearer tokens can be renewed with. */
export type RefreshablePlatform = "x" | "google_reviews" | "linkedin";

export interface OAuthClient {
  clientId: string;
  /** Absent for an X public client; X then takes client_id in the body only. */
  clientSecret?: string;
}

export interface RefreshedTokens {
  accessToken: string;
  /** Only when the platform rotated it (X always does; LinkedIn may; Google usually does not). */
  refreshToken?: string;
  /** ISO time the new access token stops working, from expires_in. */
  expiresAt?: string;
}

export interface TokenEndpointOptions {
  /** Token endpoint roots by platform; defaults are the documented hosts. */
  baseUrls?: Partial<Record<RefreshablePlatform, string>>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * The documented refresh_token grants (form-encoded POST, JSON answer):
 * - X: POST https://api.x.com/2/oauth2/token, grant_type=refresh_token&refresh_token&client_id; a confidential
 *   client also sends Basic client_id:client_secret (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token).
 *   X rotates the refresh token on every use.
 * - Google: POST https://oauth2.googleapis.com/token, client_id&client_secret&refresh_token&grant_type
 *   (developers.google.com/identity/protocols/oauth2/web-server#offline).
 * - LinkedIn: POST https://www.linkedin.com/oauth/v2/accessToken, grant_type&refresh_token&client_id&client_secret
 *   (learn.microsoft.com/linkedin/shared/authentication/programmatic-refresh-tokens).
 */
const ENDPOINTS: Record<RefreshablePlatform, { base: string; path: string; basicAuth: boolean }> = {
  x: { base: "https://api.x.com", path: "/2/oauth2/token", basicAuth: true },
  google_reviews: { base: "https://oauth2.googleapis.com", path: "/token", basicAuth: false },
  linkedin: { base: "https://www.linkedin.com", path: "/oauth/v2/accessToken", basicAuth: false },
};

/**
 * Exchanges a refresh token for a new access token. A refused grant (400/401: invalid_grant, revoked,
 * expired refresh token, wrong client) is a PlatformError with credentialsFailing; 429, 5xx and network
 * failures are retryable and say nothing about the credentials. Messages carry the status and the OAuth
 * error code only, never a token.
 */
export async function refreshAccessToken(
  platform: RefreshablePlatform,
  input: { refreshToken: string; client: OAuthClient },
  options: TokenEndpointOptions = {},
): Promise<RefreshedTokens> {
  const endpoint = ENDPOINTS[platform];
  const url = (options.baseUrls?.[platform] ?? endpoint.base).replace(/\/$/, "") + endpoint.path;
  const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: input.refreshToken, client_id: input.client.clientId });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  if (endpoint.basicAuth && input.client.clientSecret) {
    headers.authorization = `Basic ${Buffer.from(`${input.client.clientId}:${input.client.clientSecret}`).toString("base64")}`;
  } else if (input.client.clientSecret) {
    form.set("client_secret", input.client.clientSecret);
  }
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { method: "POST", headers, body: form.toString(), signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  } catch (error) {
    throw new PlatformError(`Token refresh failed on the network (${(error as Error).name})`, { retryable: true });
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof body.access_token !== "string" || !body.access_token) {
    const status = response.status;
    const code = typeof body.error === "string" && /^[a-z_]{1,40}$/.test(body.error) ? ` (${body.error})` : "";
    const retryable = status === 429 || status >= 500;
    throw new PlatformError(`Token refresh refused: HTTP ${status}${code}`, { status, retryable, credentialsFailing: !retryable });
  }
  const expiresIn = Number(body.expires_in);
  const now = (options.now ?? Date.now)();
  return {
    accessToken: body.access_token,
    ...(typeof body.refresh_token === "string" && body.refresh_token ? { refreshToken: body.refresh_token } : {}),
    ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { expiresAt: new Date(now + expiresIn * 1000).toISOString() } : {}),
  };
}
