import { createHash } from "node:crypto";
import type { InboundMessage } from "../inbound-message.ts";
import { PlatformError } from "../platform-client.ts";
import { htmlToText } from "./html-to-text.ts";
import type { KnownComment } from "./wordpress-poll-cursor.ts";
import { WordPressComment, gmtToIso, normaliseWordPressComment, wordPressCommentId } from "./wordpress-comment.ts";
import { wordPressRequest, type WordPressClientOptions } from "./wordpress-http.ts";

const PER_PAGE = 100;
const MAX_PAGES = 3;

/** A short fingerprint of what the author wrote, so an edit shows as a changed hash. */
export function commentHash(comment: WordPressComment): string {
  return createHash("sha256").update(htmlToText(comment.content.rendered)).digest("hex").slice(0, 10);
}

export const secondsOf = (comment: WordPressComment) => Math.floor(Date.parse(gmtToIso(comment.date_gmt)) / 1000);

/**
 * Re-reads the recent comments it knows to find what changed on the site. The comments API has no
 * modified date or modified_after, and orderby cannot be "modified", so an edit can only be seen by
 * reading the comment again and comparing its text. With an Application Password it also reads
 * status=trash and status=spam (both need authentication), and a known comment found in neither
 * nor among approved and held ones was deleted for good. Without one, only edits are visible:
 * a comment leaving the public list may merely be held for moderation.
 * Returns the edits and deletions; `known` is updated in place.
 */
export async function revisitComments(
  options: WordPressClientOptions,
  input: { site: string; auth: Record<string, string>; known: Map<number, KnownComment>; after: string; windowStart: number },
): Promise<InboundMessage[]> {
  const { site, known } = input;
  const authed = Boolean(input.auth.authorization);
  const messages: InboundMessage[] = [];
  const present = new Set<number>();
  const live = await readAll(options, input, authed ? "all" : undefined);
  for (const comment of live.comments) {
    present.add(comment.id);
    const entry = known.get(comment.id);
    if (!entry || entry.hash === "-") continue;
    const hash = commentHash(comment);
    if (hash === entry.hash) continue;
    entry.hash = hash;
    messages.push({ ...normaliseWordPressComment(comment, site), action: "edited" });
  }
  if (!authed) return messages;
  let complete = live.complete;
  for (const status of ["trash", "spam"]) {
    const removed = await readAll(options, input, status);
    complete &&= removed.complete;
    for (const comment of removed.comments) {
      present.add(comment.id);
      const entry = known.get(comment.id);
      if (!entry || entry.hash === "-") continue;
      entry.hash = "-";
      messages.push({ ...normaliseWordPressComment(comment, site), action: "deleted" });
    }
  }
  if (!complete) return messages;
  for (const [id, entry] of known) {
    if (entry.hash === "-" || entry.time < input.windowStart || present.has(id)) continue;
    entry.hash = "-";
    messages.push(deletedForGood(site, id, entry));
  }
  return messages;
}

async function readAll(
  options: WordPressClientOptions,
  input: { site: string; auth: Record<string, string>; after: string },
  status: string | undefined,
): Promise<{ comments: WordPressComment[]; complete: boolean }> {
  const comments: WordPressComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const query = new URLSearchParams({ after: input.after, orderby: "date_gmt", order: "desc", per_page: String(PER_PAGE), page: String(page) });
    if (status) query.set("status", status);
    const { response, body } = await wordPressRequest(options, `${input.site}/wp-json/wp/v2/comments?${query}`, { headers: input.auth });
    if (!Array.isArray(body)) throw new PlatformError("WordPress answered an unexpected comments list", { retryable: false });
    for (const raw of body) {
      const parsed = WordPressComment.safeParse(raw);
      if (parsed.success) comments.push(parsed.data);
    }
    const totalPages = Number(response.headers.get("x-wp-totalpages") ?? page);
    if (body.length < PER_PAGE || page >= totalPages) return { comments, complete: true };
  }
  return { comments, complete: false };
}

function deletedForGood(site: string, id: number, entry: KnownComment): InboundMessage {
  return {
    platform: "blog",
    accountId: site,
    kind: "comment",
    platformMessageId: wordPressCommentId(site, id),
    threadKey: `post:${entry.post}`,
    author: {},
    text: "",
    sentAt: new Date(entry.time * 1000).toISOString(),
    action: "deleted",
  };
}
