import { describe, expect, it } from "vitest";
import type { InboundMessage } from "../platform/inbound-message.ts";
import { INBOUND_LIMITS, assertWithinInboundLimits } from "./inbound-limits.ts";

const message = (over: Partial<InboundMessage> = {}): InboundMessage => ({
  platform: "facebook",
  accountId: "page-1",
  kind: "direct_message",
  platformMessageId: "m_1",
  threadKey: "dm:1",
  author: { platformId: "1", name: "Ana" },
  text: "Can I book for Friday?",
  sentAt: "2026-01-01T00:00:00.000Z",
  action: "created",
  ...over,
});

describe("assertWithinInboundLimits", () => {
  it("passes messages of any real platform's size", () => {
    expect(() => assertWithinInboundLimits([message(), message({ text: "x".repeat(10_000) })])).not.toThrow();
  });

  it("refuses a delivery with a huge text, name, handle or id (400 invalid_payload)", () => {
    for (const bad of [
      message({ text: "x".repeat(INBOUND_LIMITS.text + 1) }),
      message({ author: { name: "n".repeat(INBOUND_LIMITS.name + 1) } }),
      message({ author: { handle: "h".repeat(INBOUND_LIMITS.idBytes + 1) } }),
      message({ platformMessageId: "i".repeat(INBOUND_LIMITS.idBytes + 1) }),
      // Key parts are measured in bytes: 200 three-byte characters are 600 bytes.
      message({ threadKey: `sms:${"語".repeat(200)}` }),
      message({ author: { platformId: "😀".repeat(150) } }),
      message({ context: { text: "c".repeat(INBOUND_LIMITS.contextText + 1) } }),
    ]) {
      expect(() => assertWithinInboundLimits([message(), bad])).toThrow(expect.objectContaining({ code: "invalid_payload" }));
    }
  });
});
