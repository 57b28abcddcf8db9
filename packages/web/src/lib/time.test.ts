import { describe, expect, it } from "vitest";
import { describeElapsed, formatElapsed } from "./time";

const now = Date.parse("2025-03-10T12:00:00Z");
const ago = (ms: number) => new Date(now - ms).toISOString();

describe("formatElapsed", () => {
  it.each([
    [30_000, "now"],
    [5 * 60_000, "5m"],
    [3 * 3600_000, "3h"],
    [3 * 3600_000 + 10 * 60_000, "3h 10m"],
    [2 * 86400_000 + 5 * 3600_000, "2d 5h"],
    [21 * 86400_000, "3w"],
  ])("%i ms ago is %s", (ms, text) => expect(formatElapsed(ago(ms), now)).toBe(text));

  it("treats a future time as now", () => expect(formatElapsed(ago(-60_000), now)).toBe("now"));
});

describe("describeElapsed", () => {
  it("spells units out and singularises one", () => {
    expect(describeElapsed(ago(3600_000 + 60_000), now)).toBe("1 hour 1 minute");
    expect(describeElapsed(ago(2 * 86400_000), now)).toBe("2 days");
  });
});
