import { describe, expect, it } from "vitest";
import type { Violation } from "../api/draft-types";
import { violationSegments } from "./violation-segments";

const v = (start: number, end: number): Violation => ({ type: "phi_echo", start, end, text: "", explanation: "" });

describe("violationSegments", () => {
  it("keeps text without violations as one plain run", () =>
    expect(violationSegments("hello", [])).toEqual([{ text: "hello", violation: null }]));

  it("marks the span of each violation", () =>
    expect(violationSegments("We saw your chart today", [v(12, 17)])).toEqual([
      { text: "We saw your ", violation: null },
      { text: "chart", violation: 0 },
      { text: " today", violation: null },
    ]));

  it("orders spans and gives overlaps to the earlier one", () =>
    expect(violationSegments("abcdefgh", [v(4, 8), v(0, 6)])).toEqual([
      { text: "abcdef", violation: 1 },
      { text: "gh", violation: 0 },
    ]));

  it("clamps spans that run past text that has since shrunk", () =>
    expect(violationSegments("abc", [v(1, 40)])).toEqual([
      { text: "a", violation: null },
      { text: "bc", violation: 0 },
    ]));

  it("ignores empty spans", () => expect(violationSegments("abc", [v(2, 2)])).toEqual([{ text: "abc", violation: null }]));
});
