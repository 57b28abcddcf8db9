import type { InboundMessage } from "../inbound-message.ts";
import { PlatformError, type PlatformPoller, type PollInput, type PollResult } from "../platform-client.ts";
import { WordPressComment, gmtToIso, normaliseWordPressComment, siteOf } from "./wordpress-comment.ts";
import { basicAuth, wordPressRequest, type WordPressClientOptions } from "./wordpress-http.ts";
import { formatWordPressCursor, parseWordPressCursor, type Seen } from "./wordpress-poll-cursor.ts";
import { commentHash, revisitComments, secondsOf } from "./wordpress-revisit.ts";

const PER_PAGE = 100;
const MAX_PAGES = 10;
/** `after` may be compared with the site's local comment_date, which can lead UTC by up to 14 h. */
const OVERLAP_MS = 15 * 3600_000;
const DEFAULT_REVISIT_MS = 14 * 24 * 3600_000;

export interface WordPressPollerOptions extends WordPressClientOptions {
  /** How far back comments are re-read for edits and deletions (default 14 days). */
  revisitMs?: number;
  now?: () => number;
}

/**
 * Polls GET {site}/wp-json/wp/v2/comments?after=&orderby=date_gmt&order=asc&per_page=100&page=N.
 * With an Application Password it asks for status=all so held (unapproved) comments arrive too.
 * New comments: the cursor keeps the newest date_gmt and the ids at that second; the query starts
 * OVERLAP_MS early and the poller drops what it already returned, so neither the site's timezone nor two
 * comments in the same second can lose or repeat one. Without a cursor the first poll returns the whole
 * history (up to 1000). Edits and deletions: see revisitComments; comments of the last `revisitMs` are
 * remembered in the cursor (id, text hash, date, post) and re-read each poll.
 */
export function createWordPressPoller(options: WordPressPollerOptions = {}): PlatformPoller {
  const now = options.now ?? Date.now;
  const revisitMs = options.revisitMs ?? DEFAULT_REVISIT_MS;
  return {
    async poll({ credentials, accountId, cursor }: PollInput): Promise<PollResult> {
      const site = siteOf(accountId);
      const state = parseWordPressCursor(cursor);
      const auth = basicAuth(credentials);
      const windowStart = Math.floor((now() - revisitMs) / 1000);
      const remembered = state.known.size > 0;
      const fresh = await readNew(options, site, auth, state.seen, (comment) => {
        if (secondsOf(comment) >= windowStart) state.known.set(comment.id, { hash: commentHash(comment), time: secondsOf(comment), post: comment.post });
      });
      state.seen = fresh.seen;
      if (remembered) {
        const after = new Date(windowStart * 1000 - OVERLAP_MS).toISOString().slice(0, 19);
        fresh.list.push(...(await revisitComments(options, { site, auth, known: state.known, after, windowStart })));
      }
      for (const [id, entry] of state.known) if (entry.time < windowStart - OVERLAP_MS / 1000) state.known.delete(id);
      return { messages: fresh.list, cursor: formatWordPressCursor(state) ?? cursor };
    },
  };
}

async function readNew(
  options: WordPressClientOptions,
  site: string,
  auth: Record<string, string>,
  seen: Seen | undefined,
  remember: (comment: WordPressComment) => void,
): Promise<{ list: InboundMessage[]; seen: Seen | undefined }> {
  const list: InboundMessage[] = [];
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
      list.push(normaliseWordPressComment(parsed.data, site));
      remember(parsed.data);
      if (!newest || time > newest.time) newest = { time, ids: new Set([parsed.data.id]) };
      else if (time === newest.time) newest.ids.add(parsed.data.id);
    }
    const totalPages = Number(response.headers.get("x-wp-totalpages") ?? page);
    if (body.length < PER_PAGE || page >= totalPages) break;
  }
  return { list, seen: newest };
}
