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

/**
 * One sender per platform, each at its configurable base URL (tests point them at local fakes).
 * Web-form questions are answered by email or SMS to the contact the writer left.
 */
export function createSenderFor(config: Pick<AppConfig, "platformBaseUrls">, fetchImpl?: typeof fetch): SenderFor {
  const base = (config.platformBaseUrls ?? {}) as Partial<Record<string, string>>;
  const f = fetchImpl ? { fetch: fetchImpl } : {};
  const meta = createMetaSender({ baseUrl: base.graph, ...f });
  const email = createSesSender({ baseUrl: base.ses, ...f });
  const sms = createTwilioSender({ baseUrl: base.twilio, ...f });
  const senders: Record<Platform, PlatformSender> = {
    x: createXSender({ baseUrl: base.x, ...f }),
    facebook: meta,
    instagram: meta,
    linkedin: createLinkedInSender({ baseUrl: base.linkedin, ...f }),
    google_reviews: createGoogleReviewsSender({ baseUrl: base.google, ...f }),
    blog: createWordPressSender({ ...f }),
    email,
    sms,
    web_form: {
      sendReply: (input) => ((input.target.authorPlatformId ?? "").includes("@") ? email : sms).sendReply(input),
    },
  };
  return (platform) => senders[platform] ?? null;
}
