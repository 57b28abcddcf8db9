import { describe, expect, it } from "vitest";
import { describeChange, formatCell, formatMinutes, formatRange, formatValue } from "./format";

describe("chart formatting", () => {
  it("shows minutes as minutes, hours or days", () => {
    expect(formatMinutes(12.34)).toBe("12.3 min");
    expect(formatMinutes(90)).toBe("1.5 h");
    expect(formatMinutes(4320)).toBe("3 d");
  });
  it("shows a missing figure as a dash, never as zero", () => {
    expect(formatValue(null, "percent")).toBe("–");
    expect(formatValue(0, "percent")).toBe("0%");
    expect(formatCell(null, "median_min")).toBe("–");
    expect(formatCell(87.5, "within_target_pct")).toBe("87.5%");
    expect(formatCell(1234, "total")).toBe("1,234");
  });
  it("describes the change from the previous period", () => {
    expect(describeChange(120, 100, "count")).toBe("up 20%");
    expect(describeChange(80, 100, "minutes")).toBe("down 20%");
    expect(describeChange(90, 82.5, "percent")).toBe("up 7.5 points");
    expect(describeChange(5, 0, "count")).toBe("new");
    expect(describeChange(5, 5, "count")).toBe("no change");
    expect(describeChange(null, 5, "count")).toBeNull();
  });
  it("names a range", () => {
    expect(formatRange("2025-03-01", "2025-03-30")).toBe("Mar 1 – Mar 30, 2025");
    expect(formatRange("2024-12-20", "2025-01-18")).toBe("Dec 20, 2024 – Jan 18, 2025");
  });
});
