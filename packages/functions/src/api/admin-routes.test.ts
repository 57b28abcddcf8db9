import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { auditPut } from "@bedside/core/audit/audit-event";
import { makePractice, signInAs, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";

async function setup() {
  const deps = testDeps();
  const p = await makePractice(deps);
  const app = testApp(deps);
  const admin = await signInAs(app, p.users.admin.email);
  const send = (method: string, path: string, body?: unknown, auth = admin.auth) =>
    app.request(path, { method, headers: { ...auth, "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { ...p, deps, app, admin, send };
}

type UserJson = { id: string; email: string; role: string; status: string };

describe("/api/users", () => {
  it("an admin invites a user, who signs in with the one-time password; the password is never listed", async () => {
    const s = await setup();
    const email = `new-${Date.now()}@${s.slug}.test`;
    const res = await s.send("POST", "/api/users", { name: "New Person", email, role: "staff" });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { user, oneTimePassword } = (await res.json()) as { user: UserJson; oneTimePassword: string };
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(user).toMatchObject({ email, role: "staff", status: "active" });
    await signInAs(s.app, email, oneTimePassword);
    const listed = await (await s.send("GET", "/api/users")).text();
    expect(listed).not.toContain(oneTimePassword);
    expect(listed).not.toContain("passwordHash");
    expect((JSON.parse(listed) as { items: UserJson[] }).items).toHaveLength(4);
    expect((await s.send("POST", "/api/users", { name: "Again", email, role: "staff" })).status).toBe(409);
  });

  it("deactivating a user ends their session at once; the role change is audited", async () => {
    const s = await setup();
    const staff = await signInAs(s.app, s.users.staff.email);
    expect((await s.app.request("/api/conversations", { headers: staff.auth })).status).toBe(200);
    const promoted = await s.send("PATCH", `/api/users/${s.users.staff.id}`, { role: "physician" });
    expect(promoted.status).toBe(200);
    expect((await s.send("PATCH", `/api/users/${s.users.staff.id}`, { status: "deactivated" })).status).toBe(200);
    expect((await s.app.request("/api/conversations", { headers: staff.auth })).status).toBe(401);
    await expect(signInAs(s.app, s.users.staff.email)).rejects.toThrow(/401/);
    const audit = (await (await s.send("GET", `/api/audit?entity=${s.users.staff.id}`)).json()) as { items: Array<{ action: string }> };
    expect(audit.items.map((e) => e.action)).toEqual(["user.deactivated", "user.role_changed", "user.created"]);
  });

  it("an admin cannot deactivate or demote themselves; other roles get 403; another practice's user is 404", async () => {
    const s = await setup();
    const other = await setup();
    expect((await s.send("PATCH", `/api/users/${s.users.admin.id}`, { status: "deactivated" })).status).toBe(403);
    expect((await s.send("PATCH", `/api/users/${s.users.admin.id}`, { role: "staff" })).status).toBe(403);
    expect((await s.send("PATCH", `/api/users/${other.users.staff.id}`, { status: "deactivated" })).status).toBe(404);
    const physician = await signInAs(s.app, s.users.physician.email);
    expect((await s.send("GET", "/api/users", undefined, physician.auth)).status).toBe(403);
    expect((await s.send("POST", "/api/users", { name: "X", email: "x@y.test", role: "admin" }, physician.auth)).status).toBe(403);
  });
});

describe("/api/settings", () => {
  it("every role reads the public fields; admins read all and save with a version check (409 on a stale version)", async () => {
    const s = await setup();
    const staff = await signInAs(s.app, s.users.staff.email);
    const mine = (await (await s.send("GET", "/api/settings", undefined, staff.auth)).json()) as { settings: Record<string, unknown>; complete: boolean };
    expect(mine.complete).toBe(false);
    expect(Object.keys(mine.settings).sort()).toEqual(["address", "bookingUrl", "hours", "phone", "portalUrl", "responseTargetMinutes", "timezone"]);
    const full = (await (await s.send("GET", "/api/settings")).json()) as { name: string; version: number; settings: Record<string, unknown> };
    expect(full.settings).toHaveProperty("onCallContact");
    const next = { ...full.settings, phone: "+1 555 0100", retentionDays: 365, templates: { logistics: { en: "We are open 8 to 5." } } };
    const saved = await s.send("PUT", "/api/settings", { version: full.version, name: "Renamed Practice", settings: next });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ name: "Renamed Practice", version: full.version + 1, settings: { phone: "+1 555 0100", retentionDays: 365 } });
    const stale = await s.send("PUT", "/api/settings", { version: full.version, name: "Other", settings: next });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: "conflict", current: { version: full.version + 1 } });
    expect((await s.send("PUT", "/api/settings", { version: full.version + 1, name: "X", settings: { ...next, retentionDays: 3 } })).status).toBe(400);
    expect((await s.send("PUT", "/api/settings", { version: full.version + 1, name: "X", settings: next }, staff.auth)).status).toBe(403);
    const audit = (await (await s.send("GET", "/api/audit?action=practice.")).json()) as { items: Array<{ action: string; meta: Record<string, string> }> };
    expect(audit.items[0]).toMatchObject({ action: "practice.settings_changed", meta: { fields: "name,phone,retentionDays,templates" } });
  });
});

describe("/api/audit", () => {
  it("pages newest first within a bound, filters by actor and action, and exports CSV", async () => {
    const s = await setup();
    for (let i = 0; i < 5; i++) await s.send("POST", "/api/users", { name: `P${i}`, email: `p${i}-${Date.now()}@${s.slug}.test`, role: "staff" });
    const first = (await (await s.send("GET", "/api/audit?limit=4&action=user.")).json()) as { items: Array<{ at: string; actorId: string }>; nextCursor: string };
    expect(first.items).toHaveLength(4);
    expect(first.items.map((e) => e.at)).toEqual([...first.items.map((e) => e.at)].sort().reverse());
    const second = (await (await s.send("GET", `/api/audit?limit=4&action=user.&cursor=${first.nextCursor}`)).json()) as { items: unknown[]; nextCursor: string | null };
    expect(second.items).toHaveLength(4); // 5 invited + 3 created with the practice = 8
    const byAdmin = (await (await s.send("GET", `/api/audit?actor=${s.users.admin.id}`)).json()) as { items: Array<{ actorId: string }> };
    expect(byAdmin.items).toHaveLength(5);
    const csv = await s.send("GET", "/api/audit.csv?action=user.");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("at,id,actor_id,actor_role,action,entity_type,entity_id,details");
    expect(lines).toHaveLength(9);
    expect(lines[1]).toContain('"{""role"":""staff""}"');
    expect((await s.send("GET", "/api/audit?cursor=bm9wZQ")).status).toBe(400);
    const staff = await signInAs(s.app, s.users.staff.email);
    expect((await s.send("GET", "/api/audit", undefined, staff.auth)).status).toBe(403);
  });

  it("is append-only: no route updates or deletes an event, and an event's key cannot be written twice", async () => {
    const s = await setup();
    const { items } = (await (await s.send("GET", "/api/audit")).json()) as { items: Array<{ id: string }> };
    for (const method of ["PUT", "PATCH", "DELETE", "POST"]) {
      for (const path of ["/api/audit", `/api/audit/${items[0].id}`, "/api/audit.csv"]) {
        expect([404, 405]).toContain((await s.send(method, path, { action: "x" })).status);
      }
    }
    const fixed = { ...s.deps, clock: () => new Date("2025-01-02T03:04:05.000Z"), newId: () => "evt_fixed0000000000000000000000" };
    const put = auditPut({ ...fixed, actor: { userId: "test", practiceId: s.practice.id, role: "system" } }, { action: "test.once", entityType: "practice", entityId: s.practice.id });
    await s.deps.store.doc.send(new PutCommand(put.Put));
    await expect(s.deps.store.doc.send(new PutCommand({ ...put.Put, Item: { ...put.Put.Item, action: "test.rewritten" } }))).rejects.toMatchObject({ name: "ConditionalCheckFailedException" });
  });
});
