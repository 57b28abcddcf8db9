import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signLinkedInBody } from "../../../../../test/fakes/linkedin-fake.ts";
import { answerLinkedInChallenge, verifyLinkedInSignature } from "./linkedin-webhook-signature.ts";

const secret = "li-client-secret";
const body = '{"type":"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS","notifications":[]}';

describe("answerLinkedInChallenge", () => {
  it("echoes the code with hex HMAC-SHA256(clientSecret, challengeCode)", () => {
    const code = "890e4665-4dfe-4ab1-b689-ed553bceeed1";
    expect(answerLinkedInChallenge(code, secret)).toEqual({
      challengeCode: code,
      challengeResponse: createHmac("sha256", secret).update(code).digest("hex"),
    });
    expect(answerLinkedInChallenge(code, secret).challengeResponse).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("verifyLinkedInSignature", () => {
  it.each([
    ["the common reading: hex HMAC over 'hmacsha256=' + body", signLinkedInBody(body, secret)],
    ["the same in upper case", signLinkedInBody(body, secret).toUpperCase()],
    ["the other reading: 'hmacsha256=' + hex HMAC over body", `hmacsha256=${createHmac("sha256", secret).update(body).digest("hex")}`],
  ])("accepts %s", (_rule, header) => {
    expect(verifyLinkedInSignature(body, header, secret)).toBe(true);
  });

  it.each([
    ["a missing header", undefined, body],
    ["another secret", signLinkedInBody(body, "other"), body],
    ["a changed body", signLinkedInBody(body, secret), body.replace("[]", "[{}]")],
    ["a re-serialised body", signLinkedInBody(body, secret), JSON.stringify(JSON.parse(body), null, 1)],
  ])("rejects %s", (_rule, header, raw) => {
    expect(verifyLinkedInSignature(raw, header, secret)).toBe(false);
  });
});
