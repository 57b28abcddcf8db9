import { describe, expect, it } from "vitest";
import vectors from "./fixtures/vectors.json" with { type: "json" };
import { signXBody } from "./sign-x-body.ts";
import { verifyXSignature } from "./verify-x-signature.ts";

describe("verifyXSignature", () => {
  it.each(vectors.signature.map((v) => [v.body, v] as const))("accepts the autohook vector for %s", (_body, v) => {
    expect(verifyXSignature(v.body, v.expected, v.secret)).toBe(true);
    expect(signXBody(v.body, v.secret)).toBe(v.expected);
  });

  const [first] = vectors.signature;
  it.each([
    ["rejects a changed body", first!.body + "&x=1", first!.expected],
    ["rejects another vector's signature", first!.body, vectors.signature[1]!.expected],
    ["rejects a missing header", first!.body, undefined],
    ["rejects a missing prefix", first!.body, first!.expected.slice(7)],
    ["rejects a hex digest where base64 is expected", first!.body, "sha256=" + Buffer.from(first!.expected.slice(7), "base64").toString("hex")],
    ["rejects a truncated digest without throwing", first!.body, first!.expected.slice(0, 20)],
  ])("%s", (_rule, body, header) => {
    expect(verifyXSignature(body, header, first!.secret)).toBe(false);
  });

  it("rejects the right digest under another secret", () => {
    expect(verifyXSignature(first!.body, first!.expected, "other")).toBe(false);
  });
});
