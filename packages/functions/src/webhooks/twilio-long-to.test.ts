import { describe, expect, it } from "vitest";
import { testApp } from "../../../../test/helpers/test-practice.ts";

/** Found by the reliability fuzzer: the unverified To was used as a DynamoDB key before the signature check. */
describe("/webhooks/twilio with a To longer than any number", () => {
  it("is refused like any bad signature (401), not a 500 from the store", async () => {
    const body = new URLSearchParams({ MessageSid: "SM1", From: "+14155550100", To: "1e309".repeat(1_000), Body: "hi" }).toString();
    const res = await testApp().request("/webhooks/twilio", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": "c2lnbmF0dXJl" },
      body,
    });
    expect(res.status).toBe(401);
  });
});
