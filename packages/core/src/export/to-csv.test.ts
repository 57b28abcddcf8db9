import { describe, expect, it } from "vitest";
import { toCsv } from "./to-csv.ts";

describe("toCsv (RFC 4180)", () => {
  it.each([
    ["plain", ["a", 1], "a,1"],
    ["comma quoted", ["a,b"], '"a,b"'],
    ["quote doubled", ['say "hi"'], '"say ""hi"""'],
    ["newline quoted", ["two\nlines"], '"two\nlines"'],
    ["null and undefined empty", [null, undefined], ","],
    ["formula neutralised", ["=SUM(A1)", "+1", "@x", "-2x"], "'=SUM(A1),'+1,'@x,'-2x"],
    ["negative number kept", [-2.5], "-2.5"],
    ["accents kept", ["vacunación"], "vacunación"],
  ])("%s", (_name, row, line) => {
    expect(toCsv(["h"], [row as never])).toBe(`h\r\n${line}\r\n`);
  });
});
