import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectChannel } from "@bedside/core/channel/connect-channel";
import { disconnectChannel } from "@bedside/core/channel/disconnect-channel";
import { findChannelByAccount } from "@bedside/core/channel/find-channel";
import { systemActor, type Deps } from "@bedside/core/context";
import type { ChannelInput } from "@bedside/core/channel/channel";
import type { PlatformPoller } from "@bedside/core/platform/platform-client";
import { keys } from "@bedside/core/storage/keys";
import { googleReview, startGoogleFake, type GoogleFake } from "../../../../test/fakes/google-fake.ts";
import { linkedInCommentNotification, startLinkedInFake, type LinkedInFake } from "../../../../test/fakes/linkedin-fake.ts";
import { startWordPressFake, wordPressComment, type WordPressFake } from "../../../../test/fakes/wordpress-fake.ts";
import { startXFake, type XFake, type XFakePost } from "../../../../test/fakes/x-fake.ts";
import { makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { openConversations, uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { pollerRegistry, type PollerEntry } from "./poller-registry.ts";
import { runPollers } from "./run-pollers.ts";

let x: XFake;
let google: GoogleFake;
let linkedin: LinkedInFake;
let wordpress: WordPressFake;
beforeAll(async () => {
  [x, google, linkedin, wordpress] = await Promise.all([startXFake(), startGoogleFake(), startLinkedInFake(), startWordPressFake()]);
});
afterAll(() => Promise.all([x.close(), google.close(), linkedin.close(), wordpress.close()]));

const config = () => ({ platformBaseUrls: { x: x.baseUrl, google: google.baseUrl, linkedin: linkedin.baseUrl } });

/** The real registry, limited to one practice's channels: the shared test table holds other tests' channels too. */
function entriesFor(practiceId: string, entries: PollerEntry[] = pollerRegistry(config())): PollerEntry[] {
  return entries.map((e) => ({ ...e, applies: (c) => c.practiceId === practiceId && (e.applies?.(c) ?? true) }));
}

async function setup(channels: ChannelInput[], deps: Deps = testDeps()) {
  const { practice } = await makePractice(deps);
  const ctx = { ...deps, actor: systemActor(practice.id, "test") };
  for (const input of channels) await connectChannel(ctx, input);
  const channel = async (input: ChannelInput) => (await findChannelByAccount(deps, input.platform, input.accountId))!;
  const round = (d: Deps = deps) => runPollers(d, config(), { entries: entriesFor(practice.id) });
  const messageCount = async () => (await openConversations(deps, practice.id)).reduce((n, c) => n + (c.messageCount as number), 0);
  return { deps, practice, channel, round, messageCount };
}

const xPost = (n: number, extra: Partial<XFakePost> = {}): XFakePost => ({
  id: String(1_850_000_000_000_000_000n + BigInt(uniqueId()) * 1000n + BigInt(n)),
  text: `post ${n}`,
  author_id: "7",
  created_at: "2024-01-15T10:30:00.000Z",
  ...extra,
});

describe("runPollers", () => {
  it("polls X mentions and, for a channel watching terms, X recent search, each with its own cursor", async () => {
    const me = uniqueId();
    const input: ChannelInput = { platform: "x", accountId: me, displayName: "X", credentials: { bearerToken: "t" }, settings: { watch: [`#bcsm${me}`] } };
    const t = await setup([input]);
    const mention = xPost(1, { mentions: [me], text: `@clinic is the clinic open on Monday?` });
    const watched = xPost(2, { text: `Tonight's chat #bcsm${me}: questions about screening` });
    x.seed([mention, watched], [{ id: "7", username: "someone" }]);
    const summary = await t.round();
    expect(summary).toMatchObject({ channels: 1, stored: 2, errors: 0 });
    const stored = await t.channel(input);
    expect((stored as unknown as Record<string, string>).pollCursor).toBe(mention.id);
    expect((stored as unknown as Record<string, string>)["pollCursor:search"]).toBe(watched.id);
    expect(stored.health.lastPollAt).not.toBeNull();
    expect(stored.health.lastEventAt).not.toBeNull();
  });

  it("catches up after downtime with only the new items, and replaying an old cursor stores nothing twice", async () => {
    const location = `accounts/${uniqueId()}/locations/${uniqueId()}`;
    const input: ChannelInput = { platform: "google_reviews", accountId: location, displayName: "GBP", credentials: { accessToken: "gbp_token" } };
    const t = await setup([input]);
    google.reviews.set(location, [googleReview(location, "r1", { comment: "Lovely staff", createTime: "2025-01-01T10:00:00Z" })]);
    expect((await t.round()).stored).toBe(1);
    const firstCursor = (await t.channel(input)).pollCursor;
    expect(firstCursor).toBe("2025-01-01T10:00:00Z");

    // Downtime: two reviews arrive while nobody polls.
    google.reviews.get(location)!.push(
      googleReview(location, "r2", { comment: "Long wait", createTime: "2025-01-02T10:00:00Z" }),
      googleReview(location, "r3", { comment: "Great", createTime: "2025-01-03T10:00:00Z" }),
    );
    expect((await t.round()).stored).toBe(2);
    expect(await t.messageCount()).toBe(3);

    // Replay: put the old cursor back (as a crash before the cursor write would leave it).
    await t.deps.store.doc.send(
      new UpdateCommand({ TableName: t.deps.store.tableName, Key: keys.channel(t.practice.id, (await t.channel(input)).id), UpdateExpression: "REMOVE pollCursor" }),
    );
    expect((await t.round()).stored).toBe(0);
    expect(await t.messageCount()).toBe(3);
    expect((await t.channel(input)).pollCursor).toBe("2025-01-03T10:00:00Z");
  });

  it("moves the cursor only after the messages were stored", async () => {
    const org = `urn:li:organization:${uniqueId()}`;
    const input: ChannelInput = { platform: "linkedin", accountId: org, displayName: "LI", credentials: { accessToken: "li_token" } };
    const t = await setup([input]);
    const at = Date.now() - 60_000;
    linkedin.notifications.push(linkedInCommentNotification({ organization: org, post: `urn:li:share:${uniqueId()}`, commentId: uniqueId(), text: "Do you take walk-ins?", at }));
    // A store that refuses the ingest transaction, as an outage mid-round would.
    const failingIngest: Deps = {
      ...t.deps,
      store: { ...t.deps.store, doc: { send: (cmd: { constructor: { name: string } }) => (cmd.constructor.name === "TransactWriteCommand" ? Promise.reject(Object.assign(new Error("down"), { name: "TimeoutError" })) : t.deps.store.doc.send(cmd as never)) } as never },
    };
    expect(await t.round(failingIngest)).toMatchObject({ stored: 0, errors: 1 });
    expect((await t.channel(input)).pollCursor).toBeUndefined();
    expect((await t.channel(input)).health.lastError).toMatch(/store/i);
    expect(await t.round()).toMatchObject({ stored: 1, errors: 0 });
    expect((await t.channel(input)).pollCursor).toBe(String(at));
  });

  it("reads a WordPress site's comments, the site URL being the account", async () => {
    const input: ChannelInput = { platform: "blog", accountId: wordpress.baseUrl, displayName: "Blog" };
    const t = await setup([input]);
    wordpress.comments.push(wordPressComment(wordpress.baseUrl, 1, { post: 42, text: "Does this apply to kids?", dateGmt: "2025-02-01T09:00:00" }));
    expect((await t.round()).stored).toBe(1);
    wordpress.comments.push(wordPressComment(wordpress.baseUrl, 2, { post: 42, text: "Thanks!", dateGmt: "2025-02-01T09:05:00" }));
    expect((await t.round()).stored).toBe(1);
    const conversations = await openConversations(t.deps, t.practice.id);
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({ platform: "blog", kind: "comment", messageCount: 2 });
  });

  it("backs off a rate-limited channel until the platform's reset, then polls it again", async () => {
    const location = `accounts/${uniqueId()}/locations/${uniqueId()}`;
    const input: ChannelInput = { platform: "google_reviews", accountId: location, displayName: "GBP", credentials: { accessToken: "gbp_token" } };
    const t = await setup([input]);
    google.reviews.set(location, [googleReview(location, "r1", { comment: "Fine", createTime: "2025-01-01T10:00:00Z" })]);
    google.rateLimitNext(1);
    expect(await t.round()).toMatchObject({ deferred: 1, stored: 0, errors: 0 });
    const notBefore = (await t.channel(input)) as unknown as { pollNotBefore: string };
    expect(Date.parse(notBefore.pollNotBefore)).toBeGreaterThan(Date.now());
    const callsBefore = google.calls.length;
    expect(await t.round()).toMatchObject({ deferred: 1, stored: 0 });
    expect(google.calls.length).toBe(callsBefore);
    const later: Deps = { ...t.deps, clock: () => new Date(Date.now() + 5_000) };
    expect(await t.round(later)).toMatchObject({ deferred: 0, stored: 1 });
    expect((await t.channel(input)).health.lastError).toBeNull();
  });

  it("one channel's failing credentials are recorded on its health and never stop the others", async () => {
    const orgA = `urn:li:organization:${uniqueId()}`;
    const orgB = `urn:li:organization:${uniqueId()}`;
    const bad: ChannelInput = { platform: "linkedin", accountId: orgA, displayName: "bad", credentials: { accessToken: "revoked" } };
    const good: ChannelInput = { platform: "linkedin", accountId: orgB, displayName: "good", credentials: { accessToken: "li_token" } };
    const t = await setup([bad, good]);
    linkedin.notifications.push(linkedInCommentNotification({ organization: orgB, post: `urn:li:share:${uniqueId()}`, commentId: uniqueId(), text: "Hello", at: Date.now() - 1000 }));
    expect(await t.round()).toMatchObject({ channels: 2, stored: 1, errors: 1 });
    const failing = await t.channel(bad);
    expect(failing.health).toMatchObject({ credentialsFailing: true, lastError: expect.stringContaining("401") });
    expect(failing.pollCursor).toBeUndefined();
    expect((await t.channel(good)).health.credentialsFailing).toBe(false);
  });

  it("a channel without the token its API needs is flagged, not polled", async () => {
    const input: ChannelInput = { platform: "google_reviews", accountId: `accounts/${uniqueId()}/locations/1`, displayName: "GBP" };
    const t = await setup([input]);
    const calls = google.calls.length;
    expect(await t.round()).toMatchObject({ errors: 1 });
    expect(google.calls.length).toBe(calls);
    expect((await t.channel(input)).health.credentialsFailing).toBe(true);
  });

  it("a disconnected channel is not polled", async () => {
    const input: ChannelInput = { platform: "linkedin", accountId: `urn:li:organization:${uniqueId()}`, displayName: "LI" };
    const t = await setup([input]);
    const polled: string[] = [];
    const stub: PlatformPoller = { poll: async ({ accountId }) => (polled.push(accountId), { messages: [], cursor: "c1" }) };
    const channelId = (await t.channel(input)).id;
    await disconnectChannel({ ...t.deps, actor: systemActor(t.practice.id, "test") }, channelId);
    const summary = await runPollers(t.deps, {}, { entries: entriesFor(t.practice.id, [{ id: "stub", platform: "linkedin", poller: stub }]) });
    expect(summary.channels).toBe(0);
    expect(polled).toEqual([]);
  });
});
