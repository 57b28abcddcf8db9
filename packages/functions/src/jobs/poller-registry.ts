import type { ChannelRecord } from "@bedside/core/channel/channel";
import { readPollCursor } from "@bedside/core/channel/save-poll-cursor";
import { createInstagramMentionTextPoller } from "@bedside/core/platform/meta/instagram-mention-text-poller";
import { MENTION_TEXT_CURSOR, parsePendingMentions } from "@bedside/core/platform/meta/pending-mentions";
import { createGoogleReviewsPoller } from "@bedside/core/platform/google/google-reviews-poller";
import { createLinkedInPoller } from "@bedside/core/platform/linkedin/linkedin-poller";
import type { PlatformPoller } from "@bedside/core/platform/platform-client";
import type { Platform } from "@bedside/core/platform/platform";
import { createWordPressPoller } from "@bedside/core/platform/wordpress/wordpress-poller";
import { createXMentionsPoller, createXSearchPoller } from "@bedside/core/platform/x/x-poller";
import type { AppConfig } from "../config.ts";

/** One poller over every connected channel of one platform. */
export interface PollerEntry {
  /** Stable name, used in logs. */
  id: string;
  platform: Platform;
  /** A second poller on the same channel keeps its own cursor (see savePollCursor). */
  cursorName?: string;
  /** Whether this channel wants this poller (e.g. X search only with watched terms). */
  applies?(channel: ChannelRecord): boolean;
  poller: PlatformPoller;
}

const hasWatchTerms = (channel: ChannelRecord) => {
  const watch = channel.settings?.watch;
  return Array.isArray(watch) && watch.some((term) => typeof term === "string" && term.trim() !== "");
};

/** Instagram channels with mentions stored before their text could be read. */
const hasPendingMentions = (channel: ChannelRecord) => parsePendingMentions(readPollCursor(channel, MENTION_TEXT_CURSOR)).length > 0;

/**
 * The polled platforms, each at its configurable API root (config.platformBaseUrls; tests point them at
 * the fakes). WordPress has none: each blog channel's account id is its own site URL.
 */
export function pollerRegistry(config: Pick<AppConfig, "platformBaseUrls"> = {}): PollerEntry[] {
  const base = config.platformBaseUrls ?? {};
  return [
    { id: "x_mentions", platform: "x", poller: createXMentionsPoller({ baseUrl: base.x }) },
    { id: "x_search", platform: "x", cursorName: "search", applies: hasWatchTerms, poller: createXSearchPoller({ baseUrl: base.x }) },
    { id: "google_reviews", platform: "google_reviews", poller: createGoogleReviewsPoller({ baseUrl: base.google }) },
    { id: "linkedin", platform: "linkedin", poller: createLinkedInPoller({ baseUrl: base.linkedin }) },
    { id: "blog", platform: "blog", poller: createWordPressPoller() },
    // Not a platform poll: retries the text of Instagram mentions a webhook stored with a placeholder.
    {
      id: "instagram_mention_text",
      platform: "instagram",
      cursorName: MENTION_TEXT_CURSOR,
      applies: hasPendingMentions,
      poller: createInstagramMentionTextPoller({ baseUrl: base.graph }),
    },
  ];
}

/** The platforms Bedside polls: connector health expects a poll every interval from these. */
export const POLLED_PLATFORMS: ReadonlySet<Platform> = new Set(["x", "google_reviews", "linkedin", "blog"]);
