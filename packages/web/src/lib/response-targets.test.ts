import { describe, expect, it } from "vitest";
import { formatTarget, targetState } from "./response-targets";

const now = Date.parse("2025-01-01T12:00:00Z");
const ago = (min: number) => new Date(now - min * 60_000).toISOString();

describe("targetState", () => {
  it("is ok well inside the target", () => expect(targetState("urgent", ago(5), now)?.state).toBe("ok"));
  it("is soon in the last quarter", () => expect(targetState("urgent", ago(12), now)?.state).toBe("soon"));
  it("is late past the target", () => expect(targetState("urgent", ago(16), now)?.state).toBe("late"));
  it("has no target for other", () => expect(targetState("other", ago(16), now)).toBeNull());
  it("has no state when nothing waits", () => expect(targetState("personal", null, now)).toBeNull());
});

describe("formatTarget", () => {
  it("shows minutes under an hour", () => expect(formatTarget(15 * 60_000)).toBe("15m"));
  it("shows hours above", () => expect(formatTarget(48 * 3_600_000)).toBe("48h"));
});
