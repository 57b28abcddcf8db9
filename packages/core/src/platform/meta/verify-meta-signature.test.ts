import { describe, expect, it } from "vitest";
import { signMetaBody } from "./sign-meta-body.ts";
import { verifyMetaSignature } from "./verify-meta-signature.ts";

// Meta publishes no signature vector, so this one was computed independently:
// printf '{"object":"page","entry":[]}' | openssl dgst -sha256 -hmac 'app-secret'
const body = '{"object":"page","entry":[]}';
const secret = "app-secret";
const known = "sha256=e6e9d7a842a48e17f43a34d6125d0d933e2aab92ee37f0993a4d493b50e3d438";

describe("verifyMetaSignature", () => {
  it.each([
    ["accepts the HMAC of the raw body", body, signMetaBody(body, secret), true],
    ["accepts the same bytes given as a Uint8Array", new TextEncoder().encode(body), signMetaBody(body, secret), true],
    ["accepts upper-case hex", body, "sha256=" + signMetaBody(body, secret).slice(7).toUpperCase(), true],
    ["rejects a body changed by one byte", body + " ", signMetaBody(body, secret), false],
    ["rejects a re-serialised body (unicode escaped differently)", '{"m":"é"}', signMetaBody('{"m":"\\u00e9"}', secret), false],
    ["rejects another secret", body, signMetaBody(body, "other"), false],
    ["rejects a missing header", body, undefined, false],
    ["rejects the legacy sha1= prefix", body, signMetaBody(body, secret).replace("sha256=", "sha1="), false],
    ["rejects a truncated digest without throwing", body, signMetaBody(body, secret).slice(0, 20), false],
    ["rejects non-hex", body, "sha256=" + "z".repeat(64), false],
  ])("%s", (_rule, raw, header, expected) => {
    expect(verifyMetaSignature(raw, header, secret)).toBe(expected);
  });

  it("matches an independently computed vector", () => {
    expect(signMetaBody(body, secret)).toBe(known);
    expect(verifyMetaSignature(body, known, secret)).toBe(true);
  });
});
