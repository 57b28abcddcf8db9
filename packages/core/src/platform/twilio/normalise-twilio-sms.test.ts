import { describe, expect, it } from "vitest";
import { InvalidPayload } from "../../errors.ts";
import { normaliseTwilioSms } from "./normalise-twilio-sms.ts";

/** Parameters as listed in Twilio's webhook-request table (no official sample body exists). */
const inbound = {
  ToCountry: "US",
  SmsMessageSid: "SM0123456789abcdef0123456789abcdef",
  NumMedia: "0",
  SmsSid: "SM0123456789abcdef0123456789abcdef",
  SmsStatus: "received",
  Body: "Can I move my appointment to Friday?",
  To: "+15005550006",
  NumSegments: "1",
  MessageSid: "SM0123456789abcdef0123456789abcdef",
  AccountSid: "AC0123456789abcdef0123456789abcdef",
  From: "+14155550100",
  ApiVersion: "2010-04-01",
};

describe("normaliseTwilioSms", () => {
  it("routes by the practice's number and threads by the remote number", () => {
    const [message] = normaliseTwilioSms(inbound, { receivedAt: "2026-01-02T03:04:05.000Z" });
    expect(message).toEqual({
      platform: "sms",
      accountId: "+15005550006",
      kind: "sms",
      platformMessageId: "SM0123456789abcdef0123456789abcdef",
      threadKey: "sms:+14155550100",
      author: { platformId: "+14155550100", handle: "+14155550100" },
      text: "Can I move my appointment to Friday?",
      sentAt: "2026-01-02T03:04:05.000Z",
      action: "created",
      replyRef: { accountSid: "AC0123456789abcdef0123456789abcdef" },
    });
  });

  it.each([
    ["media only shows a note", { Body: "", NumMedia: "2" }, "[2 attachments not shown]"],
    ["media with a body appends the note", { Body: "See photo", NumMedia: "1" }, "See photo\n[1 attachment not shown]"],
    ["a missing Body is an empty text", { Body: undefined }, ""],
  ])("%s", (_rule, change, text) => {
    const params = { ...inbound, ...change } as Record<string, string>;
    for (const key of Object.keys(params)) if (params[key] === undefined) delete params[key];
    expect(normaliseTwilioSms(params)[0].text).toBe(text);
  });

  it.each(["MessageSid", "From", "To"])("rejects a delivery without %s", (field) => {
    const params: Record<string, string> = { ...inbound };
    delete params[field];
    expect(() => normaliseTwilioSms(params)).toThrow(InvalidPayload);
  });
});
