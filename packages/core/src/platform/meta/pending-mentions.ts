import type { MentionRef } from "./fetch-instagram-mention.ts";

/**
 * Instagram mentions whose text is still to be read, kept on the channel as the cursor of the
 * `instagram_mention_text` job (attribute `pollCursor:mention_text`):
 *   "<media id>:<comment id or empty>:<unix s first tried>,..."   or "none" when nothing waits.
 * ("none" rather than "": a poll cursor is only saved when it is non-empty.)
 */
export const MENTION_TEXT_CURSOR = "mention_text";
export const NO_PENDING_MENTIONS = "none";

export interface PendingMention extends MentionRef {
  since: number;
}

export function parsePendingMentions(cursor: string | undefined): PendingMention[] {
  if (!cursor || cursor === NO_PENDING_MENTIONS) return [];
  return cursor.split(",").flatMap((item) => {
    const [mediaId, commentId, since] = item.split(":");
    return /^\d+$/.test(mediaId ?? "") ? [{ mediaId, ...(commentId ? { commentId } : {}), since: Number(since) || 0 }] : [];
  });
}

export function formatPendingMentions(pending: PendingMention[]): string {
  if (pending.length === 0) return NO_PENDING_MENTIONS;
  return pending.map((p) => `${p.mediaId}:${p.commentId ?? ""}:${p.since}`).join(",");
}

/** Adds one mention (once: the platform id is media id + comment id). Ids are digits, so they cannot break the format. */
export function addPendingMention(cursor: string | undefined, ref: MentionRef, since: number): string {
  const pending = parsePendingMentions(cursor);
  if (!/^\d+$/.test(ref.mediaId) || (ref.commentId && !/^\d+$/.test(ref.commentId))) return cursor ?? NO_PENDING_MENTIONS;
  if (pending.some((p) => p.mediaId === ref.mediaId && p.commentId === ref.commentId)) return formatPendingMentions(pending);
  return formatPendingMentions([...pending, { ...ref, since }]);
}
