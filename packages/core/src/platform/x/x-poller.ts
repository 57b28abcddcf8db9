import type { InboundMessage } from "../inbound-message.ts";
import type { PlatformPoller, PollInput, PollResult } from "../platform-client.ts";
import { callX, type XClientOptions } from "./x-request.ts";
import { newerId, type XV2Includes, type XV2Post, xPostToMessage } from "./x-post-to-message.ts";
import { buildXSearchQuery } from "./x-search-query.ts";

export interface XPollerOptions extends XClientOptions {
  /** Safety cap on pages per poll (100 posts a page); the first poll of a busy account stops here. */
  maxPages?: number;
}

const FIELDS = {
  expansions: "author_id,referenced_tweets.id",
  "tweet.fields": "created_at,conversation_id,in_reply_to_user_id,referenced_tweets,note_tweet,author_id",
  "user.fields": "username,name",
  max_results: "100",
};

/**
 * Polls GET /2/users/{id}/mentions (docs.x.com/x-api/posts/timelines/quickstart/user-mention-quickstart)
 * from the since_id cursor, following pagination_token until done. cursor = the newest post id seen.
 * credentials.bearerToken: an app-only bearer token or a user token.
 */
export function createXMentionsPoller(options: XPollerOptions = {}): PlatformPoller {
  return {
    poll: (input) => pollPages(options, input, `/2/users/${encodeURIComponent(input.accountId)}/mentions`, {}, "pagination_token"),
  };
}

/**
 * Polls GET /2/tweets/search/recent for the channel's settings.watch terms (hashtags, keywords),
 * kind "mention". Recent search only reaches 7 days back, and a since_id older than that is refused,
 * so a channel idle for a week restarts without a cursor.
 */
export function createXSearchPoller(options: XPollerOptions = {}): PlatformPoller {
  return {
    async poll(input) {
      const query = buildXSearchQuery(input.settings?.watch, input.accountId);
      if (!query) return { messages: [], cursor: input.cursor };
      const result = await pollPages(options, input, "/2/tweets/search/recent", { query }, "next_token");
      return { ...result, messages: result.messages.map((m) => ({ ...m, kind: "mention" as const })) };
    },
  };
}

async function pollPages(
  options: XPollerOptions,
  input: PollInput,
  path: string,
  extra: Record<string, string>,
  pageParam: "pagination_token" | "next_token",
): Promise<PollResult> {
  const now = new Date((options.now ?? Date.now)());
  const messages: InboundMessage[] = [];
  let cursor = input.cursor;
  let pageToken: string | undefined;
  for (let page = 0; page < (options.maxPages ?? 20); page++) {
    const params = new URLSearchParams({ ...FIELDS, ...extra });
    if (input.cursor) params.set("since_id", input.cursor);
    if (pageToken) params.set(pageParam, pageToken);
    const json = await callX(options, "GET", `${path}?${params}`, input.credentials.bearerToken);
    const includes = (json.includes ?? {}) as XV2Includes;
    for (const post of (json.data ?? []) as XV2Post[]) {
      cursor = newerId(cursor, post.id);
      const message = xPostToMessage(input.accountId, post, includes, now);
      if (message) messages.push(message);
    }
    pageToken = json.meta?.next_token;
    if (!pageToken) break;
  }
  return { messages, cursor };
}
