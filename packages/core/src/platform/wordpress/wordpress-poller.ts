import type { InboundMessage } from "../inbound-message.ts";
import { PlatformError, type PlatformPoller, type PollInput, type PollResult } from "../platform-client.ts";
import { WordPressComment, gmtToIso, normaliseWordPressComment, siteOf } from "./wordpress-comment.ts";
import { basicAuth, wordPressRequest, type WordPressClientOptions } from "./wordpress-http.ts";

const PER_PAGE = 100;
const MAX_PAGES = 10;
/** `after` may be compared with the site's local comment_date, which can lead UTC by up to 14 h. */
const OVERLAP_MS = 15 * 3600_000;

/**
 * Polls GET {site}/wp-json/wp/v2/comments?after=&orderby=date_gmt&order=asc&per_page=100&page=N.
 * With an Application Password it asks for status=all so held (unapproved) comments arrive too.
 * The cursor is "<newest date_gmt as ISO>#<ids at that second>": the query starts OVERLAP_MS early and the
 * poller drops what it has already returned, so neither the site's timezone nor two comments in the same
 * second can lose or repeat a comment. Without a cursor the first poll returns the whole history (up to 1000).
 */
export function createWordPressPoller(options: WordPressClientOptions = {}): PlatformPoller {
  return {
    async poll({ credentials, accountId, cursor }: PollInput): Promise<PollResult> {
      const site = siteOf(accountId);
      const seen = parseCursor(cursor);
      const auth = basicAuth(credentials);
      const messages: InboundMessage[] = [];
      let newest = seen;
      for (let page = 1; page <= MAX_PAGES; page++) {
        const query = new URLSearchParams({ orderby: "date_gmt", order: "asc", per_page: String(PER_PAGE), page: String(page) });
        if (seen) query.set("after", new Date(seen.time - OVERLAP_MS).toISOString().slice(0, 19));
        if (auth.authorization) query.set("status", "all");
        const { response, body } = await wordPressRequest(options, `${site}/wp-json/wp/v2/comments?${query}`, { headers: auth });
        if (!Array.isArray(body)) throw new PlatformError("WordPress answered an unexpected comments list", { retryable: false });
        for (const raw of body) {
          const parsed = WordPressComment.safeParse(raw);
          if (!parsed.success) continue;
          const time = Date.parse(gmtToIso(parsed.data.date_gmt));
          if (seen && (time < seen.time || (time === seen.time && seen.ids.has(parsed.data.id)))) continue;
          messages.push(normaliseWordPressComment(parsed.data, site));
          if (!newest || time > newest.time) newest = { time, ids: new Set([parsed.data.id]) };
          else if (time === newest.time) newest.ids.add(parsed.data.id);
        }
        const totalPages = Number(response.headers.get("x-wp-totalpages") ?? page);
        if (body.length < PER_PAGE || page >= totalPages) break;
      }
      return { messages, cursor: newest ? formatCursor(newest) : cursor };
    },
  };
}

interface Seen {
  time: number;
  ids: Set<number>;
}

function parseCursor(cursor: string | undefined): Seen | undefined {
  if (!cursor) return undefined;
  const [date, ids = ""] = cursor.split("#");
  const time = Date.parse(date);
  if (Number.isNaN(time)) return undefined;
  return { time, ids: new Set(ids.split(",").filter(Boolean).map(Number)) };
}

function formatCursor(seen: Seen): string {
  return `${new Date(seen.time).toISOString()}#${[...seen.ids].sort((a, b) => a - b).join(",")}`;
}
