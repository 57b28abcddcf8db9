import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidPayload } from "../../errors.ts";
import { normaliseSesNotification } from "./normalise-ses-notification.ts";

const sample = JSON.parse(readFileSync(new URL("./fixtures/ses.sns-action.received-notification.json", import.meta.url), "utf8"));

function withMail(headers: Record<string, string>, content?: string) {
  const copy = structuredClone(sample);
  for (const [name, value] of Object.entries(headers)) copy.mail.headers.push({ name, value });
  if (content !== undefined) copy.content = content;
  return copy;
}

describe("normaliseSesNotification", () => {
  it("normalises the documented SES sample", () => {
    expect(normaliseSesNotification(JSON.stringify(sample))).toEqual([
      {
        platform: "email",
        accountId: "recipient@example.com",
        kind: "email",
        platformMessageId: "d6iitobk75ur44p8kdnnp7g2n800",
        threadKey: "email:61967230-7A45-4A9D-BEC9-87CBCF2211C9@example.com",
        author: { platformId: "sender@example.com", handle: "sender@example.com" },
        text: "Example subject\n\nExample content",
        sentAt: "2015-09-11T20:32:32.000Z",
        action: "created",
        replyRef: {
          subject: "Example subject",
          messageId: "<61967230-7A45-4A9D-BEC9-87CBCF2211C9@example.com>",
          references: "<61967230-7A45-4A9D-BEC9-87CBCF2211C9@example.com>",
        },
      },
    ]);
  });

  it.each([
    ["References' first id is the thread root", { References: "<root@a> <mid@b>", "In-Reply-To": "<mid@b>" }, "email:root@a"],
    ["In-Reply-To when there are no References", { "In-Reply-To": "<parent@a>" }, "email:parent@a"],
  ])("threads by %s", (_rule, headers, threadKey) => {
    const [message] = normaliseSesNotification(withMail(headers));
    expect(message.threadKey).toBe(threadKey);
  });

  it("lowercases the receiving address and parses a display name", () => {
    const copy = structuredClone(sample);
    copy.receipt.recipients = ["Front.Desk@Clinic.Example"];
    copy.mail.commonHeaders.from = ['"Jane Doe" <Jane@Example.com>'];
    const [message] = normaliseSesNotification(copy);
    expect(message.accountId).toBe("front.desk@clinic.example");
    expect(message.author).toEqual({ platformId: "jane@example.com", handle: "jane@example.com", name: "Jane Doe" });
  });

  it.each(["spamVerdict", "virusVerdict"])("drops mail whose %s is FAIL", (verdict) => {
    const copy = structuredClone(sample);
    copy.receipt[verdict] = { status: "FAIL" };
    expect(normaliseSesNotification(copy)).toEqual([]);
  });

  it("keeps the subject only when there is no content", () => {
    const copy = structuredClone(sample);
    delete copy.content;
    expect(normaliseSesNotification(copy)[0].text).toBe("Example subject");
  });

  it("decodes BASE64-encoded content", () => {
    const copy = structuredClone(sample);
    copy.content = Buffer.from(sample.content).toString("base64");
    copy.receipt.action.encoding = "BASE64";
    expect(normaliseSesNotification(copy)[0].text).toBe("Example subject\n\nExample content");
  });

  it("returns nothing for SES's setup notification", () => {
    expect(normaliseSesNotification({ notificationType: "AMAZON_SES_SETUP_NOTIFICATION" })).toEqual([]);
  });

  it.each([
    ["text that is not JSON", "nope"],
    ["no notificationType", { mail: {} }],
    ["a Received notification without recipients", { ...sample, receipt: { ...sample.receipt, recipients: [] } }],
    ["a Received notification without mail", { ...sample, mail: undefined }],
  ])("rejects %s", (_rule, payload) => {
    expect(() => normaliseSesNotification(payload)).toThrow(InvalidPayload);
  });
});
