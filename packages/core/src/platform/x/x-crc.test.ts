import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyXSignature } from "./verify-x-signature.ts";
import { answerXCrc } from "./x-crc.ts";

// X publishes no CRC vector. The CRC uses the same HMAC as the body signature, so the autohook
// signature vector doubles as one: crc_token "test=1&other_test=2" with secret "test".
describe("answerXCrc", () => {
  it("answers sha256= + base64 HMAC of the token, the same construction as the autohook vector", () => {
    expect(answerXCrc("test=1&other_test=2", "test")).toEqual({ response_token: "sha256=25Cu3iwbbiqBTwQRzcKJZwisjf736V2Q8UaTlkfLSoc=" });
  });

  it("keys the HMAC with the consumer secret", () => {
    const token = answerXCrc("abc", "secret").response_token;
    expect(token).toBe("sha256=" + createHmac("sha256", "secret").update("abc").digest("base64"));
    expect(verifyXSignature("abc", token, "secret")).toBe(true);
  });
});
