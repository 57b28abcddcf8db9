import type { TokenRefreshOptions } from "@bedside/core/channel/with-token-refresh";
import type { AppConfig } from "../config.ts";

/**
 * Token endpoints at their configurable roots (config.platformBaseUrls `x_oauth`, `google_oauth`,
 * `linkedin_oauth`; X's defaults to the X API root, which is where X serves it). Each channel's
 * credentials name its OAuth client (`clientId`, `clientSecret`); LinkedIn falls back to the app's
 * LINKEDIN_CLIENT_SECRET, the same secret that signs its webhooks.
 */
export function tokenRefreshOptions(config: Pick<AppConfig, "platformBaseUrls"> & Partial<Pick<AppConfig, "secrets">>): TokenRefreshOptions {
  const base = config.platformBaseUrls ?? {};
  const baseUrls: NonNullable<NonNullable<TokenRefreshOptions["endpoints"]>["baseUrls"]> = {};
  const x = base.x_oauth ?? base.x;
  if (x) baseUrls.x = x;
  if (base.google_oauth) baseUrls.google_reviews = base.google_oauth;
  if (base.linkedin_oauth) baseUrls.linkedin = base.linkedin_oauth;
  const linkedinSecret = config.secrets?.linkedinClientSecret;
  return { endpoints: { baseUrls }, fallbackClients: linkedinSecret ? { linkedin: { clientSecret: linkedinSecret } } : {} };
}
