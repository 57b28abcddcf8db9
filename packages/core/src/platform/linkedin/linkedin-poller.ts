import type { InboundMessage } from "../inbound-message.ts";
import type { PlatformPoller, PollInput, PollResult } from "../platform-client.ts";
import { encodeUrn, linkedInRequest, type LinkedInClientOptions } from "./linkedin-http.ts";
import { LinkedInNotification } from "./linkedin-notification.ts";
import { normaliseOne } from "./normalise-linkedin-notification.ts";

const ACTIONS = "List(COMMENT,COMMENT_EDIT,COMMENT_DELETE,SHARE_MENTION)";
const PAGE_SIZE = 50;
const MAX_PAGES = 20;

/**
 * The pull side of organization social action notifications (LinkedIn keeps them 60 days):
 * GET /rest/organizationalEntityNotifications?q=criteria&organizationalEntity={urn}&actions=List(...)
 *   &timeRange=(start:{ms},end:{ms})&count&start. Elements have the webhook notification shape.
 * The cursor is the newest lastModifiedAt seen (epoch ms, as a string); the next poll starts 1 ms after it.
 * Without a cursor the first poll looks back `initialLookbackMs` (default 24 h).
 */
export function createLinkedInPoller(
  options: LinkedInClientOptions & { now?: () => number; initialLookbackMs?: number } = {},
): PlatformPoller {
  const now = options.now ?? Date.now;
  return {
    async poll({ credentials, accountId, cursor }: PollInput): Promise<PollResult> {
      const end = now();
      const startTime = cursor ? Number(cursor) + 1 : end - (options.initialLookbackMs ?? 24 * 3600_000);
      const messages: InboundMessage[] = [];
      let newest = cursor ? Number(cursor) : undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query =
          `q=criteria&organizationalEntity=${encodeUrn(accountId)}&actions=${ACTIONS}` +
          `&timeRange=(start:${startTime},end:${end})&count=${PAGE_SIZE}&start=${page * PAGE_SIZE}`;
        const { body } = await linkedInRequest(options, credentials.accessToken, `/rest/organizationalEntityNotifications?${query}`);
        const elements = Array.isArray(body.elements) ? body.elements : [];
        for (const element of elements) {
          const parsed = LinkedInNotification.safeParse(element);
          // One odd element must not block the channel; it is skipped (ids only would be logged by the job).
          if (!parsed.success) continue;
          newest = Math.max(newest ?? 0, parsed.data.lastModifiedAt);
          try {
            messages.push(...normaliseOne(parsed.data));
          } catch {
            continue;
          }
        }
        if (elements.length < PAGE_SIZE) break;
      }
      messages.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
      return { messages, cursor: newest !== undefined ? String(newest) : cursor };
    },
  };
}
