import { InvalidPayload } from "../errors.ts";
import type { InboundMessage } from "../platform/inbound-message.ts";

/**
 * Bounds on one inbound message, far above what any platform allows (Messenger 2,000 characters,
 * X DMs 10,000, SMS 1,600 per concatenated message, LinkedIn comments 1,250, the website form 5,000),
 * so only a forged or broken delivery reaches them. Such a delivery is refused whole (400), not cut.
 */
export const INBOUND_LIMITS = { text: 64_000, contextText: 64_000, name: 1_000, id: 1_000 } as const;

export function assertWithinInboundLimits(messages: InboundMessage[]): void {
  for (const m of messages) {
    const tooLong =
      m.text.length > INBOUND_LIMITS.text ||
      (m.context?.text?.length ?? 0) > INBOUND_LIMITS.contextText ||
      [m.author.name, m.author.handle, m.author.platformId].some((v) => (v?.length ?? 0) > INBOUND_LIMITS.name) ||
      [m.platformMessageId, m.threadKey, m.accountId, m.parentPlatformId, m.url].some((v) => (v?.length ?? 0) > INBOUND_LIMITS.id);
    if (tooLong) throw new InvalidPayload("A message in this delivery is longer than any platform sends");
  }
}
