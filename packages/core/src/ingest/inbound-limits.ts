import { InvalidPayload } from "../errors.ts";
import type { InboundMessage } from "../platform/inbound-message.ts";

/**
 * Bounds on one inbound message, far above what any platform allows (Messenger 2,000 characters,
 * X DMs 10,000, SMS 1,600 per concatenated message, LinkedIn comments 1,250, the website form 5,000),
 * so only a forged or broken delivery reaches them. Such a delivery is refused whole (400), not cut.
 */
export const INBOUND_LIMITS = { text: 64_000, contextText: 64_000, name: 1_000, idBytes: 512 } as const;

/**
 * Ids and handles become parts of DynamoDB keys (a partition key holds at most 2,048 bytes), so they
 * are measured in UTF-8 bytes: 1,000 multi-byte characters would fail the write as a 500.
 */
const bytes = (v: string | undefined) => (v ? Buffer.byteLength(v, "utf8") : 0);

export function assertWithinInboundLimits(messages: InboundMessage[]): void {
  for (const m of messages) {
    const tooLong =
      m.text.length > INBOUND_LIMITS.text ||
      (m.context?.text?.length ?? 0) > INBOUND_LIMITS.contextText ||
      (m.author.name?.length ?? 0) > INBOUND_LIMITS.name ||
      [m.author.handle, m.author.platformId, m.platformMessageId, m.threadKey, m.accountId, m.parentPlatformId].some((v) => bytes(v) > INBOUND_LIMITS.idBytes) ||
      (m.url?.length ?? 0) > INBOUND_LIMITS.name;
    if (tooLong) throw new InvalidPayload("A message in this delivery is longer than any platform sends");
  }
}
