import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDeps } from "../../../../test/helpers/test-practice.ts";
import { takeThrottleSlot } from "./take-throttle-slot.ts";

const rule = { limit: 3, windowSeconds: 600 };
const scope = () => `test#${randomBytes(6).toString("hex")}`;

describe("takeThrottleSlot", () => {
  it("allows the limit within a window, then refuses with the seconds left", async () => {
    const deps = testDeps();
    const s = scope();
    for (let i = 0; i < 3; i++) expect(await takeThrottleSlot(deps, s, rule)).toEqual({ allowed: true });
    const refused = await takeThrottleSlot(deps, s, rule);
    expect(refused.allowed).toBe(false);
    expect(!refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(590);
  });

  it("concurrent attempts cannot all slip under the limit", async () => {
    const deps = testDeps();
    const s = scope();
    const results = await Promise.all(Array.from({ length: 10 }, () => takeThrottleSlot(deps, s, rule)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it("a new window starts once the old one expired, before TTL removes the item", async () => {
    const deps = testDeps();
    const s = scope();
    for (let i = 0; i < 4; i++) await takeThrottleSlot(deps, s, rule);
    const later = { ...deps, clock: () => new Date(Date.now() + 601_000) };
    expect(await takeThrottleSlot(later, s, rule)).toEqual({ allowed: true });
  });

  it("scopes are independent", async () => {
    const deps = testDeps();
    const a = scope();
    for (let i = 0; i < 4; i++) await takeThrottleSlot(deps, a, rule);
    expect(await takeThrottleSlot(deps, scope(), rule)).toEqual({ allowed: true });
  });
});
