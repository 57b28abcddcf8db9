import { describe, expect, it } from "vitest";
import type { Channel } from "./channel.ts";
import { channelFlag } from "./channel-flag.ts";

const now = new Date("2025-03-10T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000).toISOString();
const channel = (platform: Channel["platform"], health: Partial<Channel["health"]>, createdHoursAgo = 24 * 30): Channel => ({
  id: "chn_1",
  practiceId: "prc_1",
  platform,
  accountId: "a",
  displayName: "d",
  settings: {},
  status: "connected",
  createdAt: hoursAgo(createdHoursAgo),
  health: { lastEventAt: null, lastPollAt: null, lastError: null, lastErrorAt: null, credentialsFailing: false, ...health },
});
const polled = { now, polled: true, pollIntervalMs: 300_000 };
const pushed = { now, polled: false, pollIntervalMs: 300_000 };

describe("channelFlag", () => {
  it.each<[string, Channel, typeof polled, ReturnType<typeof channelFlag>]>([
    ["credentials refused is failing", channel("google_reviews", { credentialsFailing: true, lastPollAt: hoursAgo(0) }), polled, "failing"],
    ["an error after the last poll is failing", channel("linkedin", { lastPollAt: hoursAgo(1), lastErrorAt: hoursAgo(0.1), lastError: "LinkedIn answered 500" }), polled, "failing"],
    ["an error before the last good poll is history", channel("linkedin", { lastPollAt: hoursAgo(0.05), lastErrorAt: hoursAgo(1), lastError: "x" }), polled, null],
    ["a recent poll is healthy", channel("blog", { lastPollAt: hoursAgo(0.1) }), polled, null],
    ["no poll for 3 intervals is silent", channel("blog", { lastPollAt: hoursAgo(0.3) }), polled, "silent"],
    ["a polled channel never polled since connecting long ago is silent", channel("x", {}), polled, "silent"],
    ["a just-connected channel is not silent yet", channel("x", {}, 0.01), polled, null],
    ["a Page quiet for a day is silent", channel("facebook", { lastEventAt: hoursAgo(25) }), pushed, "silent"],
    ["a Page that heard today is healthy", channel("facebook", { lastEventAt: hoursAgo(2) }), pushed, null],
    ["email may be quiet for two days", channel("email", { lastEventAt: hoursAgo(48) }), pushed, null],
    ["the website form may be quiet for six days", channel("web_form", { lastEventAt: hoursAgo(24 * 6) }), pushed, null],
  ])("%s", (_rule, c, options, expected) => {
    expect(channelFlag(c, options)).toBe(expected);
  });
});
