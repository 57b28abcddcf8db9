import { describe, expect, it } from "vitest";
import { signSigV4 } from "./sigv4.ts";

/** The aws-sig-v4-test-suite example credentials and clock, as used throughout AWS's SigV4 docs. */
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", region: "us-east-1" };
const now = new Date("2015-08-30T12:36:00Z");

describe("signSigV4", () => {
  it("matches the test suite's get-vanilla signature", () => {
    const headers = signSigV4({ method: "GET", url: "https://example.amazonaws.com/", headers: {}, body: "", service: "service", credentials, now });
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, " +
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    );
    expect(headers["x-amz-date"]).toBe("20150830T123600Z");
  });

  it("signs the session token when the credentials are temporary", () => {
    const headers = signSigV4({
      method: "POST",
      url: "https://email.us-east-1.amazonaws.com/v2/email/outbound-emails",
      headers: { "content-type": "application/json" },
      body: "{}",
      service: "ses",
      credentials: { ...credentials, sessionToken: "token" },
      now,
    });
    expect(headers.authorization).toContain("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,");
    expect(headers["x-amz-security-token"]).toBe("token");
  });
});
