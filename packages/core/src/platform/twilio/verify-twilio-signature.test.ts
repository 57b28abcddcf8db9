import { describe, expect, it } from "vitest";
import vectors from "./fixtures/vectors.json" with { type: "json" };
import { computeTwilioSignature, verifyTwilioBodySha256, verifyTwilioSignature } from "./verify-twilio-signature.ts";

const { docs_example: docs, sdk_vectors: sdk } = vectors;

describe("verifyTwilioSignature", () => {
  it.each([
    ["the docs' worked example", docs.url, docs.params, docs.expected, docs.secret],
    ["the SDK form vector", sdk.form.url, sdk.form.params, sdk.form.expected, sdk.form.secret],
    ["a JSON delivery signs the URL with bodySHA256 only", sdk.json_body.url, {}, sdk.json_body.expected, sdk.json_body.secret],
    ["a URL carrying only bodySHA256", sdk.json_body_only_sha_param.url, {}, sdk.json_body_only_sha_param.expected, "12345"],
    ["a signature made with the default :443 port still matches", sdk.json_empty_body.url, {}, sdk.json_empty_body.expected, "12345"],
  ])("accepts %s", (_rule, url, params, header, secret) => {
    expect(verifyTwilioSignature(url, params as Record<string, string>, header, secret)).toBe(true);
  });

  it("builds the documented string to sign", () => {
    expect(computeTwilioSignature(docs.url, docs.params, docs.secret)).toBe(docs.expected);
  });

  it.each([
    ["a missing header", undefined, docs.params, docs.secret],
    ["a wrong auth token", docs.expected, docs.params, "54321"],
    ["a changed parameter", docs.expected, { ...docs.params, Digits: "9999" }, docs.secret],
    ["an added parameter", docs.expected, { ...docs.params, Body: "hi" }, docs.secret],
    ["a header of another length", "short", docs.params, docs.secret],
  ])("rejects %s", (_rule, header, params, secret) => {
    expect(verifyTwilioSignature(docs.url, params, header, secret)).toBe(false);
  });

  it("rejects a different URL (the signature binds PUBLIC_URL)", () => {
    expect(verifyTwilioSignature("https://other.example/myapp.php?foo=1&bar=2", docs.params, docs.expected, docs.secret)).toBe(false);
  });
});

describe("verifyTwilioBodySha256", () => {
  it("matches the raw JSON body to the bodySHA256 query parameter", () => {
    expect(verifyTwilioBodySha256(sdk.json_body.url, sdk.json_body.body)).toBe(true);
    expect(verifyTwilioBodySha256(sdk.json_body.url, "{}")).toBe(false);
  });
});
