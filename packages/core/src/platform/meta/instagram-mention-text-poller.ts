import type { InboundMessage } from "../inbound-message.ts";
import { PlatformError, type PlatformPoller, type PollInput, type PollResult } from "../platform-client.ts";
import { fetchInstagramMention, type FetchedMention } from "./fetch-instagram-mention.ts";
import type { GraphClientOptions } from "./graph-request.ts";
import { formatPendingMentions, parsePendingMentions, type PendingMention } from "./pending-mentions.ts";

const GIVE_UP_AFTER_MS = 7 * 24 * 3600_000;

/**
 * Retries the text of Instagram mentions stored with a placeholder (see pending-mentions.ts). Each one
 * read comes back as an "edited" message, so ingest replaces the placeholder text and triages it again
 * (or stores it, if the placeholder itself never got stored). Ones that still fail stay in the cursor;
 * after a week one is given up, its placeholder staying as the record that a mention arrived. A throttle
 * or refused token stops the round; when nothing could be read, the first error is thrown so the
 * channel's health shows it.
 */
export function createInstagramMentionTextPoller(options: GraphClientOptions & { now?: () => number } = {}): PlatformPoller {
  const now = options.now ?? Date.now;
  return {
    async poll({ credentials, accountId, cursor }: PollInput): Promise<PollResult> {
      const pending = parsePendingMentions(cursor);
      const messages: InboundMessage[] = [];
      const left: PendingMention[] = [];
      let firstError: unknown;
      for (const [i, mention] of pending.entries()) {
        if (now() - mention.since * 1000 > GIVE_UP_AFTER_MS) continue;
        try {
          messages.push(filledMention(accountId, mention, await fetchInstagramMention(options, credentials.pageAccessToken, accountId, mention)));
        } catch (error) {
          firstError ??= error;
          left.push(mention);
          if (error instanceof PlatformError && (error.options.credentialsFailing || error.options.retryAfterMs)) {
            left.push(...pending.slice(i + 1));
            break;
          }
        }
      }
      if (messages.length === 0 && firstError) throw firstError;
      return { messages, cursor: formatPendingMentions(left) };
    },
  };
}

/** The mention as normaliseInstagramChange keys it, now with its text. */
export function filledMention(accountId: string, ref: PendingMention | { mediaId: string; commentId?: string }, fetched: FetchedMention): InboundMessage {
  return {
    platform: "instagram",
    accountId,
    kind: "mention",
    platformMessageId: ref.commentId ?? ref.mediaId,
    threadKey: ref.mediaId,
    context: { platformId: ref.mediaId },
    author: fetched.handle ? { handle: fetched.handle } : {},
    text: fetched.text,
    sentAt: fetched.sentAt ?? new Date(("since" in ref ? ref.since : 0) * 1000).toISOString(),
    action: "edited",
    replyRef: { surface: "instagram", mention: "true", media_id: ref.mediaId, ...(ref.commentId ? { comment_id: ref.commentId } : {}) },
  };
}
