import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getChannelRecord } from "@bedside/core/channel/find-channel";
import { channelFlag } from "@bedside/core/channel/channel-flag";
import { reconnectChannel } from "@bedside/core/channel/reconnect-channel";
import { recordChannelHealth } from "@bedside/core/channel/record-channel-health";
import { systemActor } from "@bedside/core/context";
import { signXBody } from "@bedside/core/platform/x/sign-x-body";
import { makeChannel, makePractice, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";
import { openConversations, uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

const SECRET = "x-secret";
// The Account Activity revoke event exactly as X documents it; tests only readdress source.user_id.
const revokeSample = readFileSync(new URL("./fixtures/account-activity.user_event.revoke.json", import.meta.url), "utf8");
const revoke = (userId: string) => revokeSample.replace('"63046977"', JSON.stringify(userId));

const post = (body: string, signature: string | null) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...(signature ? { "x-twitter-webhooks-signature": signature } : {}) },
  body,
});

async function setup() {
  const deps = testDeps();
  const { practice } = await makePractice(deps);
  const userId = uniqueId();
  const channel = await makeChannel(deps, practice.id, "x", userId);
  return { deps, practice, userId, channel, app: testApp(deps) };
}

describe("POST /webhooks/x: user_event revoke", () => {
  it("flags the X channel of the revoking account as failing credentials, and stores nothing", async () => {
    const { deps, practice, userId, channel, app } = await setup();
    const body = revoke(userId);
    expect((await app.request("/webhooks/x", post(body, signXBody(body, SECRET)))).status).toBe(200);
    const after = await getChannelRecord(deps, practice.id, channel.id);
    expect(after?.health).toMatchObject({ credentialsFailing: true, lastError: expect.stringContaining("revoked") });
    expect(channelFlag(after!, { now: new Date(), polled: true, pollIntervalMs: 300_000 })).toBe("failing");
    expect(await openConversations(deps, practice.id)).toHaveLength(0);

    // Polling with an app-only bearer token still succeeds after a revoke; the channel stays flagged.
    await recordChannelHealth(deps, channel, { kind: "poll", at: new Date(Date.now() + 1000).toISOString() });
    const polled = await getChannelRecord(deps, practice.id, channel.id);
    expect(channelFlag(polled!, { now: new Date(), polled: true, pollIntervalMs: 300_000 })).toBe("failing");

    // Reconnecting with new credentials clears it.
    await reconnectChannel({ ...deps, actor: systemActor(practice.id, "test") }, channel.id, { credentials: { bearerToken: "new" } });
    const reconnected = await getChannelRecord(deps, practice.id, channel.id);
    expect(channelFlag(reconnected!, { now: new Date(), polled: true, pollIntervalMs: 300_000 })).toBe(null);
  });

  it("a revoke with a wrong signature is 401 and the channel is left alone", async () => {
    const { deps, practice, userId, channel, app } = await setup();
    const body = revoke(userId);
    expect((await app.request("/webhooks/x", post(body, signXBody(body, "not-the-secret")))).status).toBe(401);
    expect((await getChannelRecord(deps, practice.id, channel.id))?.health.credentialsFailing).toBe(false);
  });

  it("a revoke from an account no practice connected is acknowledged", async () => {
    const app = testApp(testDeps());
    const body = revoke(uniqueId());
    expect((await app.request("/webhooks/x", post(body, signXBody(body, SECRET)))).status).toBe(200);
  });
});
