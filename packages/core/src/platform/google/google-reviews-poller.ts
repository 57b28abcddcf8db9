import type { InboundMessage } from "../inbound-message.ts";
import { PlatformError, type PlatformPoller, type PollInput, type PollResult } from "../platform-client.ts";
import { googleRequest, type GoogleClientOptions } from "./google-http.ts";
import { GoogleReview, GoogleReviewsPage, normaliseGoogleReview } from "./google-review.ts";

const PAGE_SIZE = 50;
const MAX_PAGES = 20;

/**
 * Polls GET /v4/{accounts/*\/locations/*}/reviews?pageSize=50&orderBy=updateTime desc[&pageToken].
 * The channel's accountId is the location resource name. Newest first, so paging stops at the first
 * review not newer than the cursor (the newest updateTime seen, RFC 3339). Messages come back oldest first.
 */
export function createGoogleReviewsPoller(options: GoogleClientOptions = {}): PlatformPoller {
  return {
    async poll({ credentials, accountId, cursor }: PollInput): Promise<PollResult> {
      const since = cursor ? Date.parse(cursor) : undefined;
      const messages: InboundMessage[] = [];
      let newest = cursor;
      let pageToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = new URLSearchParams({ pageSize: String(PAGE_SIZE), orderBy: "updateTime desc" });
        if (pageToken) query.set("pageToken", pageToken);
        const answer = GoogleReviewsPage.safeParse(await googleRequest(options, credentials.accessToken, `/v4/${accountId}/reviews?${query}`));
        if (!answer.success) throw new PlatformError("Google answered an unexpected reviews page", { retryable: false });
        const body = answer.data;
        let reachedCursor = false;
        for (const raw of body.reviews) {
          const parsed = GoogleReview.safeParse(raw);
          if (!parsed.success) continue;
          const updated = Date.parse(parsed.data.updateTime);
          if (since !== undefined && updated <= since) {
            reachedCursor = true;
            break;
          }
          if (!newest || updated > Date.parse(newest)) newest = parsed.data.updateTime;
          messages.push(normaliseGoogleReview(parsed.data, accountId));
        }
        pageToken = body.nextPageToken;
        if (reachedCursor || !pageToken) break;
      }
      messages.reverse();
      return { messages, cursor: newest };
    },
  };
}
