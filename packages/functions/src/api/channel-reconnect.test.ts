import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { recordChannelHealth } from "@bedside/core/channel/record-channel-health";
import { makePractice, signInAs, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

describe("PUT /api/channels/{id}/credentials (reconnect)", () => {
  it("replaces the credentials, clears the credential flag, is audited, and is for admins only", async () => {
    const deps = testDeps();
    const p = await makePractice(deps);
    const app = testApp(deps);
    const admin = await signInAs(app, p.users.admin.email);
    const staff = await signInAs(app, p.users.staff.email);
    const send = (method: string, path: string, body: unknown, auth = admin.auth) =>
      app.request(path, { method, headers: { ...auth, "content-type": "application/json", "x-bedside-csrf": "1" }, body: JSON.stringify(body) });
    const created = await send("POST", "/api/channels", { platform: "google_reviews", accountId: `accounts/${uniqueId()}/locations/1`, displayName: "Reviews", credentials: { accessToken: "old-token" } });
    const { channel } = (await created.json()) as { channel: { id: string } };
    await recordChannelHealth(deps, { practiceId: p.practice.id, id: channel.id }, { kind: "error", at: new Date().toISOString(), error: "Google answered 401", credentialsFailing: true });

    expect((await send("PUT", `/api/channels/${channel.id}/credentials`, { credentials: { accessToken: "x" } }, staff.auth)).status).toBe(403);
    const res = await send("PUT", `/api/channels/${channel.id}/credentials`, { credentials: { accessToken: "new-token-value" } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain("new-token-value");
    expect(JSON.parse(text).channel).toMatchObject({ flag: null, health: { credentialsFailing: false, lastError: null } });
    const stored = await deps.store.doc.send(new GetCommand({ TableName: deps.store.tableName, Key: { pk: `P#${p.practice.id}`, sk: `CHANNEL#${channel.id}` } }));
    expect(stored.Item!.credentials).toEqual({ accessToken: "new-token-value" });

    const audit = (await (await app.request("/api/audit?action=channel.", { headers: admin.auth })).json()) as { items: Array<{ action: string; meta: unknown }> };
    expect(audit.items.map((i) => i.action)).toContain("channel.reconnected");
    expect(JSON.stringify(audit.items)).not.toContain("new-token-value");
    expect((await send("PUT", "/api/channels/chn_missing/credentials", { credentials: {} })).status).toBe(404);
  }, 60_000);
});
