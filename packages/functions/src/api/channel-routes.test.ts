import { describe, expect, it } from "vitest";
import { recordChannelHealth } from "@bedside/core/channel/record-channel-health";
import { makePractice, signInAs, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

type ChannelJson = { id: string; platform: string; health: Record<string, unknown>; flag: string | null } & Record<string, unknown>;

async function setup() {
  const deps = testDeps();
  const p = await makePractice(deps);
  const app = testApp(deps);
  const admin = await signInAs(app, p.users.admin.email);
  const send = (method: string, path: string, body?: unknown, auth = admin.auth) =>
    app.request(path, { method, headers: { ...auth, "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { ...p, deps, app, admin, send };
}

const googleChannel = () => ({
  platform: "google_reviews",
  accountId: `accounts/${uniqueId()}/locations/${uniqueId()}`,
  displayName: "Main office reviews",
  credentials: { accessToken: "ya29.secret-token-value" },
});

describe("/api/channels", () => {
  it("an admin connects a channel and lists it with health and a flag, never its credentials", async () => {
    const { send } = await setup();
    const created = await send("POST", "/api/channels", googleChannel());
    expect(created.status).toBe(201);
    const text = await created.text();
    expect(text).not.toContain("secret-token-value");
    const { channel } = JSON.parse(text) as { channel: ChannelJson };
    expect(channel).toMatchObject({ platform: "google_reviews", flag: null, health: { lastPollAt: null, credentialsFailing: false } });
    expect(channel).not.toHaveProperty("credentials");

    const listed = await send("GET", "/api/channels");
    expect(listed.status).toBe(200);
    const body = await listed.text();
    expect(body).not.toContain("secret-token-value");
    expect(body).not.toContain("pollCursor");
    expect((JSON.parse(body) as { items: ChannelJson[] }).items.map((c) => c.id)).toEqual([channel.id]);
  });

  it("flags a channel whose credentials the platform refused as failing", async () => {
    const { send, deps, practice } = await setup();
    const { channel } = (await (await send("POST", "/api/channels", googleChannel())).json()) as { channel: ChannelJson };
    await recordChannelHealth(deps, { practiceId: practice.id, id: channel.id }, { kind: "error", at: new Date().toISOString(), error: "Google answered 401 (UNAUTHENTICATED)", credentialsFailing: true });
    const { items } = (await (await send("GET", "/api/channels")).json()) as { items: ChannelJson[] };
    expect(items[0]).toMatchObject({ flag: "failing", health: { credentialsFailing: true, lastError: "Google answered 401 (UNAUTHENTICATED)" } });
  });

  it("staff and physicians get 403 on every channel route", async () => {
    const { app, users, send } = await setup();
    for (const role of ["staff", "physician"] as const) {
      const { auth } = await signInAs(app, users[role].email);
      expect((await send("GET", "/api/channels", undefined, auth)).status).toBe(403);
      expect((await send("POST", "/api/channels", googleChannel(), auth)).status).toBe(403);
      expect((await send("DELETE", "/api/channels/chn_whatever", undefined, auth)).status).toBe(403);
    }
  });

  it("without a session the routes are 401", async () => {
    const { app } = await setup();
    expect((await app.request("/api/channels")).status).toBe(401);
  });

  it("an account another practice already connected is 409", async () => {
    const { send } = await setup();
    const other = await setup();
    const input = googleChannel();
    expect((await other.send("POST", "/api/channels", input)).status).toBe(201);
    const res = await send("POST", "/api/channels", input);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: "conflict" });
  });

  it("disconnects its own channel (204, then gone from the list); another practice's channel id is 404", async () => {
    const { send } = await setup();
    const other = await setup();
    const { channel: theirs } = (await (await other.send("POST", "/api/channels", googleChannel())).json()) as { channel: ChannelJson };
    expect((await send("DELETE", `/api/channels/${theirs.id}`)).status).toBe(404);
    expect(((await (await other.send("GET", "/api/channels")).json()) as { items: unknown[] }).items).toHaveLength(1);

    const { channel: mine } = (await (await send("POST", "/api/channels", googleChannel())).json()) as { channel: ChannelJson };
    expect((await send("DELETE", `/api/channels/${mine.id}`)).status).toBe(204);
    expect(((await (await send("GET", "/api/channels")).json()) as { items: unknown[] }).items).toHaveLength(0);
    expect((await send("DELETE", `/api/channels/${mine.id}`)).status).toBe(404);
  });

  it("an unknown platform or a missing account is 400 and echoes nothing", async () => {
    const { send } = await setup();
    const res = await send("POST", "/api/channels", { platform: "myspace", accountId: "secret-account", displayName: "x" });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain("secret-account");
    expect((await send("POST", "/api/channels", { platform: "sms", displayName: "x" })).status).toBe(400);
  });
});
