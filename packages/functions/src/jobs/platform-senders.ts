import { findChannelByAccount } from "@bedside/core/channel/find-channel";
import { withTokenRefresh, type TokenRefreshOptions } from "@bedside/core/channel/with-token-refresh";
import type { Deps } from "@bedside/core/context";
import type { PlatformSender } from "@bedside/core/platform/platform-client";
import type { Platform } from "@bedside/core/platform/platform";
import { createSesSender } from "@bedside/core/platform/email/ses-sender";
import { createGoogleReviewsSender } from "@bedside/core/platform/google/google-reviews-sender";
import { createLinkedInSender } from "@bedside/core/platform/linkedin/linkedin-sender";
import { createMetaSender } from "@bedside/core/platform/meta/meta-sender";
import { createTwilioSender } from "@bedside/core/platform/twilio/twilio-sender";
import { createWordPressSender } from "@bedside/core/platform/wordpress/wordpress-sender";
import { createXSender } from "@bedside/core/platform/x/x-sender";
import type { SenderFor } from "@bedside/core/reply/send-draft";
import type { AppConfig } from "../config.ts";
import { tokenRefreshOptions } from "./token-refresh-options.ts";

/**
 * One sender per platform, each at its configurable base URL (tests point them at local fakes).
 * Web-form questions are answered by email or SMS to the contact the writer left.
 * With `deps`, X, Google and LinkedIn replies renew an expired OAuth token (saved on the channel) and retry once.
 */
export function createSenderFor(
  config: Pick<AppConfig, "platformBaseUrls"> & Partial<Pick<AppConfig, "secrets">>,
  fetchImpl?: typeof fetch,
  deps?: Deps,
): SenderFor {
  const base = (config.platformBaseUrls ?? {}) as Partial<Record<string, string>>;
  const f = fetchImpl ? { fetch: fetchImpl } : {};
  const meta = createMetaSender({ baseUrl: base.graph, ...f });
  const email = createSesSender({ baseUrl: base.ses, ...f });
  const sms = createTwilioSender({ baseUrl: base.twilio, ...f });
  const refresh = tokenRefreshOptions(config);
  if (fetchImpl) refresh.endpoints = { ...refresh.endpoints, fetch: fetchImpl };
  const renewing = (platform: Platform, sender: PlatformSender) => (deps ? withRenewal(deps, platform, sender, refresh) : sender);
  const senders: Record<Platform, PlatformSender> = {
    x: renewing("x", createXSender({ baseUrl: base.x, ...f })),
    facebook: meta,
    instagram: meta,
    linkedin: renewing("linkedin", createLinkedInSender({ baseUrl: base.linkedin, ...f })),
    google_reviews: renewing("google_reviews", createGoogleReviewsSender({ baseUrl: base.google, ...f })),
    blog: createWordPressSender({ ...f }),
    email,
    sms,
    web_form: {
      sendReply: (input) => ((input.target.authorPlatformId ?? "").includes("@") ? email : sms).sendReply(input),
    },
  };
  return (platform) => senders[platform] ?? null;
}

/**
 * A 401 on a reply means it was not applied, so renewing the token and sending once more cannot
 * duplicate it. The channel (and its current tokens) is read by the account the reply goes from.
 */
function withRenewal(deps: Deps, platform: Platform, sender: PlatformSender, refresh: TokenRefreshOptions): PlatformSender {
  return {
    async sendReply(input) {
      const channel = await findChannelByAccount(deps, platform, input.target.accountId);
      if (!channel) return sender.sendReply(input);
      return withTokenRefresh(deps, channel, refresh, (credentials) => sender.sendReply({ ...input, credentials }));
    },
  };
}
