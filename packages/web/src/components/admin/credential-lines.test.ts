import { describe, expect, it } from "vitest";
import { parseCredentialLines } from "./credential-lines";

describe("credential lines", () => {
  it("reads name=value lines, keeps = inside values, skips blank lines", () => {
    expect(parseCredentialLines("accessToken = abc\n\nsecret=a=b=\r\n")).toEqual({ credentials: { accessToken: "abc", secret: "a=b=" } });
  });
  it("names the line that is not name=value", () => {
    expect(parseCredentialLines("token=1\njust-a-token")).toEqual({ error: "Line 2 needs the form name=value." });
    expect(parseCredentialLines("=value")).toEqual({ error: "Line 1 needs the form name=value." });
  });
});
