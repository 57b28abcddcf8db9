import { afterEach, describe, expect, it, vi } from "vitest";
import type { PlatformPoller } from "@bedside/core/platform/platform-client";
import { makeChannel, makePractice, testConfig, testDeps } from "../../../../test/helpers/test-practice.ts";
import { startBackgroundJobs } from "./background-jobs.ts";
import type { PollerEntry } from "./poller-registry.ts";

afterEach(() => vi.useRealTimers());

async function setup(poll: PlatformPoller["poll"]) {
  const deps = testDeps();
  const { practice } = await makePractice(deps);
  await makeChannel(deps, practice.id, "linkedin", `urn:li:organization:bg-${practice.id}`);
  const entries: PollerEntry[] = [{ id: "stub", platform: "linkedin", applies: (c) => c.practiceId === practice.id, poller: { poll } }];
  return { deps, entries };
}

describe("startBackgroundJobs", () => {
  it("runs the pollers every POLL_INTERVAL_SECONDS until stopped", async () => {
    const poll = vi.fn(async () => ({ messages: [], cursor: undefined }));
    const { deps, entries } = await setup(poll);
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const jobs = startBackgroundJobs({ deps, config: testConfig({ pollIntervalSeconds: 300 }), entries });
    expect(poll).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300_000);
    await jobs.idle();
    expect(poll).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(300_000);
    await jobs.idle();
    expect(poll).toHaveBeenCalledTimes(2);
    jobs.stop();
    await vi.advanceTimersByTimeAsync(900_000);
    expect(poll).toHaveBeenCalledTimes(2);
  });

  it("never overlaps rounds: a tick while one runs is skipped", async () => {
    let release: () => void = () => undefined;
    const poll = vi.fn(() => new Promise<{ messages: [] }>((resolve) => (release = () => resolve({ messages: [] }))));
    const { deps, entries } = await setup(poll);
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const jobs = startBackgroundJobs({ deps, config: testConfig({ pollIntervalSeconds: 1 }), entries });
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(poll).toHaveBeenCalledTimes(1));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(poll).toHaveBeenCalledTimes(1);
    release();
    await jobs.idle();
    jobs.stop();
  });
});
