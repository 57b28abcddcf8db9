import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectChannel } from "@bedside/core/channel/connect-channel";
import { findChannelByAccount } from "@bedside/core/channel/find-channel";
import type { ChannelInput } from "@bedside/core/channel/channel";
import { systemActor } from "@bedside/core/context";
import { googleReview, startGoogleFake, type GoogleFake } from "../../../../test/fakes/google-fake.ts";
import { linkedInCommentNotification, startLinkedInFake, type LinkedInFake } from "../../../../test/fakes/linkedin-fake.ts";
import { startOAuthTokenFake, type OAuthTokenFake } from "../../../../test/fakes/oauth-token-fake.ts";
import { startXFake, type XFake } from "../../../../test/fakes/x-fake.ts";
import { makePractice, signInAs, testApp, testConfig, testDeps } from "../../../../test/helpers/test-practice.ts";
import { openConversations, uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { setLogSink } from "../log.ts";
import { createSenderFor } from "./platform-senders.ts";
import { pollerRegistry, type PollerEntry } from "./poller-registry.ts";
import { runPollers } from "./run-pollers.ts";

let x: XFake;
let google: GoogleFake;
let linkedin: LinkedInFake;
let oauth: OAuthTokenFake;
beforeAll(async () => {
  [x, google, linkedin, oauth] = await Promise.all([
    startXFake(),
    startGoogleFake({ accessToken: "google-fresh-token" }),
    startLinkedInFake({ accessToken: "linkedin-fresh-token" }),
    startOAuthTokenFake({ clients: { "client-1": "client-secret-1", "li-client": "linkedin-secret" } }),
  ]);
});
afterAll(() => Promise.all([x.close(), google.close(), linkedin.close(), oauth.close()]));

const config = () =>
  testConfig({
    platformBaseUrls: {
      x: x.baseUrl,
      google: google.baseUrl,
      linkedin: linkedin.baseUrl,
      x_oauth: oauth.baseUrl,
      google_oauth: oauth.baseUrl,
      linkedin_oauth: oauth.baseUrl,
    },
  });

async function setup(input: ChannelInput) {
  const deps = testDeps();
  const { practice, users } = await makePractice(deps);
  await connectChannel({ ...deps, actor: systemActor(practice.id, "test") }, input);
  const entries: PollerEntry[] = pollerRegistry(config()).map((e) => ({ ...e, applies: (c) => c.practiceId === practice.id && (e.applies?.(c) ?? true) }));
  const round = () => runPollers(deps, config(), { entries });
  const channel = async () => (await findChannelByAccount(deps, input.platform, input.accountId))!;
  return { deps, practice, users, round, channel };
}

const secrets = ["google-expired-token", "google-fresh-token", "rt-google", "client-secret-1", "rt-x", "x-old-token", "x-fresh-token", "rotated-"];

describe("OAuth token refresh", () => {
  it("Google: a 401 renews the access token with the refresh_token grant, saves it, and the poll succeeds", async () => {
    const location = `accounts/${uniqueId()}/locations/${uniqueId()}`;
    const refreshToken = `rt-google-${uniqueId()}`;
    oauth.grant(refreshToken, "google-fresh-token");
    const t = await setup({
      platform: "google_reviews",
      accountId: location,
      displayName: "GBP",
      credentials: { accessToken: "google-expired-token", refreshToken, clientId: "client-1", clientSecret: "client-secret-1" },
    });
    google.reviews.set(location, [googleReview(location, "r1", { comment: "Kind nurses", createTime: "2025-02-01T10:00:00Z" })]);
    const lines: string[] = [];
    setLogSink((line) => lines.push(line));
    const summary = await t.round().finally(() => setLogSink(() => undefined));
    expect(summary).toMatchObject({ stored: 1, errors: 0 });
    const refresh = oauth.refreshes.find((r) => r.form.get("refresh_token") === refreshToken)!;
    expect(Object.fromEntries(refresh.form)).toEqual({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: "client-1", client_secret: "client-secret-1" });
    const stored = await t.channel();
    expect(stored.credentials).toMatchObject({ accessToken: "google-fresh-token", refreshToken, accessTokenExpiresAt: expect.any(String) });
    expect(stored.health.credentialsFailing).toBe(false);
    for (const secret of secrets) expect(lines.join("\n")).not.toContain(secret);
  });

  it("X: renews a rotating refresh token once for both pollers of the channel, and stores the new pair", async () => {
    const me = uniqueId();
    const refreshToken = `rt-x-${me}`;
    oauth.grant(refreshToken, `x-fresh-token-${me}`, { rotate: true });
    x.expireToken(`x-old-token-${me}`);
    const t = await setup({
      platform: "x",
      accountId: me,
      displayName: "X",
      credentials: { bearerToken: `x-old-token-${me}`, userAccessToken: `x-old-token-${me}`, refreshToken, clientId: "client-1", clientSecret: "client-secret-1" },
      settings: { watch: [`#chat${me}`] },
    });
    x.seed([{ id: String(1_860_000_000_000_000_000n + BigInt(me)), text: `@clinic open today?`, author_id: "7", mentions: [me] }], [{ id: "7", username: "someone" }]);
    expect(await t.round()).toMatchObject({ stored: 1, errors: 0 });
    const mine = oauth.refreshes.filter((r) => r.platform === "x" && r.form.get("refresh_token")?.startsWith("rt-x-" + me));
    expect(mine).toHaveLength(1);
    expect(mine[0].authorization).toBe(`Basic ${Buffer.from("client-1:client-secret-1").toString("base64")}`);
    const stored = await t.channel();
    expect(stored.credentials.userAccessToken).toBe(`x-fresh-token-${me}`);
    expect(stored.credentials.bearerToken).toBe(`x-fresh-token-${me}`);
    expect(stored.credentials.refreshToken).toMatch(/^rotated-/);
    const searchCalls = x.calls.filter((c) => c.path.startsWith("/2/tweets/search/recent") && c.path.includes(me));
    expect(searchCalls.at(-1)?.headers.authorization).toBe(`Bearer x-fresh-token-${me}`);
  });

  it("LinkedIn: renews with the app's LINKEDIN_CLIENT_SECRET when the channel has only its client id", async () => {
    const org = `urn:li:organization:${uniqueId()}`;
    const refreshToken = `rt-li-${uniqueId()}`;
    oauth.grant(refreshToken, "linkedin-fresh-token");
    const t = await setup({
      platform: "linkedin",
      accountId: org,
      displayName: "LinkedIn",
      credentials: { accessToken: "linkedin-expired-token", refreshToken, clientId: "li-client" },
    });
    linkedin.notifications.push(linkedInCommentNotification({ organization: org, post: `urn:li:share:${uniqueId()}`, commentId: uniqueId(), text: "Walk-ins?", at: Date.now() - 1000 }));
    expect(await t.round()).toMatchObject({ stored: 1, errors: 0 });
    expect((await t.channel()).credentials.accessToken).toBe("linkedin-fresh-token");
  });

  it("a refused refresh marks the channel's credentials failing: the channels API flags it, and never shows a token", async () => {
    const location = `accounts/${uniqueId()}/locations/${uniqueId()}`;
    const t = await setup({
      platform: "google_reviews",
      accountId: location,
      displayName: "GBP",
      credentials: { accessToken: "google-expired-token", refreshToken: "rt-google-revoked", clientId: "client-1", clientSecret: "client-secret-1" },
    });
    expect(await t.round()).toMatchObject({ stored: 0, errors: 1 });
    const stored = await t.channel();
    expect(stored.health).toMatchObject({ credentialsFailing: true, lastError: expect.stringContaining("invalid_grant") });
    expect(stored.credentials.accessToken).toBe("google-expired-token");
    const app = testApp(t.deps);
    const admin = await signInAs(app, t.users.admin.email);
    const res = await app.request("/api/channels", { headers: admin.auth });
    const text = await res.text();
    for (const secret of secrets) expect(text).not.toContain(secret);
    const channel = (JSON.parse(text) as { items: Array<{ accountId: string; flag: string | null }> }).items.find((c) => c.accountId === location);
    expect(channel?.flag).toBe("failing");
  });

  it("a stored expiry that has passed renews before the call, without a 401 first", async () => {
    const location = `accounts/${uniqueId()}/locations/${uniqueId()}`;
    const refreshToken = `rt-google-${uniqueId()}`;
    oauth.grant(refreshToken, "google-fresh-token");
    const t = await setup({
      platform: "google_reviews",
      accountId: location,
      displayName: "GBP",
      credentials: { accessToken: "google-expired-token", accessTokenExpiresAt: "2020-01-01T00:00:00.000Z", refreshToken, clientId: "client-1", clientSecret: "client-secret-1" },
    });
    const before = google.calls.length;
    expect(await t.round()).toMatchObject({ errors: 0 });
    const mine = google.calls.slice(before).filter((c) => c.path.includes(location));
    expect(mine.map((c) => c.headers.authorization)).toEqual(["Bearer google-fresh-token"]);
  });

  it("a reply that gets 401 renews the token and is sent once", async () => {
    const location = `accounts/${uniqueId()}/locations/${uniqueId()}`;
    const refreshToken = `rt-google-${uniqueId()}`;
    oauth.grant(refreshToken, "google-fresh-token");
    const t = await setup({
      platform: "google_reviews",
      accountId: location,
      displayName: "GBP",
      credentials: { accessToken: "google-expired-token", refreshToken, clientId: "client-1", clientSecret: "client-secret-1" },
    });
    const review = googleReview(location, "r9", { comment: "Thanks!", createTime: "2025-03-01T10:00:00Z" });
    google.reviews.set(location, [review]);
    const sender = createSenderFor(config(), undefined, t.deps)("google_reviews")!;
    const channel = await t.channel();
    const result = await sender.sendReply({
      credentials: channel.credentials,
      target: { accountId: location, platformMessageId: review.name, threadKey: review.name, private: false },
      text: "Thank you for your kind words.",
      idempotencyKey: "k1",
    });
    expect(result.platformReplyId).toBe(`${review.name}/reply`);
    expect((review as Record<string, unknown>).reviewReply).toMatchObject({ comment: "Thank you for your kind words." });
    expect((await t.channel()).credentials.accessToken).toBe("google-fresh-token");
    expect(await openConversations(t.deps, t.practice.id)).toHaveLength(0);
  });
});
