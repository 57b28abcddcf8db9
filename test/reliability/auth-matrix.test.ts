import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, signIn, type Session } from "./helpers/api.ts";
import { apiOperations, fillPath, type Operation } from "./helpers/openapi-routes.ts";
import { Preparer, ROUTE_RULES, allowedRoles, type Practice, type Role, type Target } from "./helpers/route-access.ts";
import { recordFigure, seededDataDir, startServer, type RunningServer } from "./helpers/server.ts";

/**
 * The authorization matrix, generated from /api/openapi.json: every route, called by no one, by each
 * role of the owning practice, and by each role of another practice (with the owner's real ids and with
 * guessed ones). Allowed roles come from the permission table; only allowed calls may succeed, and a
 * refused call leaves its target as it was.
 */
const ROLES: Role[] = ["staff", "physician", "admin"];
const ULID = "0123456789abcdefghjkmnpqrstvwxyz";
const guessId = (real: string) => `${real.includes("_") ? real.split("_")[0] : "id"}_01${Array.from(randomBytes(24), (b) => ULID[b % 32]).join("")}`;

async function practice(baseUrl: string, slug: string): Promise<Practice> {
  const sessions = {} as Record<Role, Session>;
  for (const role of ROLES) sessions[role] = await signIn(baseUrl, `${role}@${slug}.test`);
  return { slug, id: sessions.admin.user.practice.id, sessions };
}

describe("authorization matrix from /api/openapi.json", () => {
  let server: RunningServer;
  let a: Practice;
  let b: Practice;
  let ops: Operation[];
  beforeAll(async () => {
    server = await startServer({ dataDir: seededDataDir(inject("templateDir"), "auth-matrix") });
    a = await practice(server.baseUrl, "riverside");
    b = await practice(server.baseUrl, "lakeside");
    ops = await apiOperations(server.baseUrl, a.sessions.admin);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("every route of openapi.json has an access rule, and every rule names a route", () => {
    const documented = ops.map((o) => o.key);
    expect(documented.filter((k) => !(k in ROUTE_RULES)), "routes without an access rule in helpers/route-access.ts").toEqual([]);
    expect(Object.keys(ROUTE_RULES).filter((k) => !documented.includes(k)), "rules for routes that do not exist").toEqual([]);
    // The document and the rules agree on which routes need no session.
    for (const op of ops) expect(op.public, op.key).toBe(allowedRoles(ROUTE_RULES[op.key]!.access) === "public");
  });

  it("only the allowed calls succeed; refused calls change nothing; no practice sees another's data", async () => {
    const prep = new Preparer(server.baseUrl);
    const aConversations = (await api(server.baseUrl, a.sessions.admin, "GET", "/api/conversations?limit=100")).json.items.map((c: { id: string }) => c.id) as string[];
    const violations: string[] = [];
    const statuses: Record<string, number> = {};
    let checks = 0;
    const call = async (op: Operation, who: Session | null, t: Target, params = t.params) => {
      const path = `/api${fillPath(op.path, params)}${t.query ? `?${t.query}` : ""}`;
      const res = await api(server.baseUrl, who, op.method, path, t.body);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      checks++;
      return { ...res, path, text: typeof res.json === "string" ? res.json : JSON.stringify(res.json ?? "") };
    };
    const expectStatus = (label: string, got: { status: number; text: string }, ok: (s: number) => boolean, want: string) => {
      if (!ok(got.status)) violations.push(`${label}: ${got.status} (want ${want}) ${got.text.slice(0, 120)}`);
    };
    const unchanged = async (label: string, t: Target, before: string | undefined) => {
      if (t.snapshot && before !== undefined && (await t.snapshot()) !== before) violations.push(`${label}: a refused call changed its target`);
    };
    const is2xx = (s: number) => s >= 200 && s < 300;

    for (const op of ops) {
      const rule = ROUTE_RULES[op.key];
      if (!rule) continue;
      const allowed = allowedRoles(rule.access);
      const succeeded = (s: number) => (rule.ok ? rule.ok.includes(s) : is2xx(s));
      const hasIds = op.pathParams.some((k) => k === "id" || k === "draftId");

      // No one.
      {
        const t = await rule.prepare(prep, a);
        const before = await t.snapshot?.();
        const res = await call(op, null, t);
        if (allowed === "public") expectStatus(`${op.key} as no one`, res, succeeded, "success");
        else {
          expectStatus(`${op.key} as no one`, res, (s) => s === 401, "401");
          await unchanged(`${op.key} as no one`, t, before);
        }
      }
      for (const role of ROLES) {
        const mayByTable = allowed === "public" || allowed === "signed-in" || allowed.includes(role);
        // The owning practice's own role, on fresh real targets.
        {
          const t = await rule.prepare(prep, a);
          const may = mayByTable && (!t.narrowTo || t.narrowTo.includes(role));
          const before = may ? undefined : await t.snapshot?.();
          const res = await call(op, a.sessions[role], t);
          if (may) expectStatus(`${op.key} as ${a.slug} ${role}`, res, succeeded, "success");
          else {
            expectStatus(`${op.key} as ${a.slug} ${role}`, res, (s) => s === 403, "403");
            await unchanged(`${op.key} as ${a.slug} ${role}`, t, before);
          }
          if (hasIds) {
            const guessed = Object.fromEntries(Object.entries(t.params).map(([k, v]) => [k, guessId(v)]));
            const g = await call(op, a.sessions[role], t, guessed);
            expectStatus(`${op.key} as ${a.slug} ${role} with guessed ids`, g, (s) => (may ? s === 404 : s === 403 || s === 404), may ? "404" : "403/404");
          }
        }
        // Another practice's role.
        if (allowed === "public") continue;
        if (hasIds) {
          const t = await rule.prepare(prep, a);
          const before = await t.snapshot?.();
          const res = await call(op, b.sessions[role], t);
          expectStatus(`${op.key} as ${b.slug} ${role} on ${a.slug}'s ids`, res, (s) => (mayByTable ? s === 404 : s === 403 || s === 404), mayByTable ? "404" : "403/404");
          await unchanged(`${op.key} as ${b.slug} ${role} on ${a.slug}'s ids`, t, before);
          const guessed = Object.fromEntries(Object.entries(t.params).map(([k, v]) => [k, guessId(v)]));
          const g = await call(op, b.sessions[role], t, guessed);
          expectStatus(`${op.key} as ${b.slug} ${role} with guessed ids`, g, (s) => (mayByTable ? s === 404 : s === 403 || s === 404), "403/404");
        } else {
          const t = await rule.prepare(prep, b);
          const res = await call(op, b.sessions[role], t);
          if (mayByTable) {
            expectStatus(`${op.key} as ${b.slug} ${role}`, res, succeeded, "success");
            const leaked = [a.id, a.slug, ...aConversations].filter((x) => res.text.includes(x));
            if (leaked.length) violations.push(`${op.key} as ${b.slug} ${role}: answer names ${a.slug}'s ${leaked.slice(0, 3).join(", ")}`);
          } else expectStatus(`${op.key} as ${b.slug} ${role}`, res, (s) => s === 403, "403");
        }
      }
    }
    expect(violations).toEqual([]);
    const routes = ops.length;
    recordFigure("auth-matrix", { routes, callers: 1 + ROLES.length * 2, checks, statuses });
  });

  it("the audit log cannot be altered through any API: no method on any audit route, nor fields smuggled through other routes", async () => {
    type Event = { id: string; at: string; action: string; entityId: string };
    const admin = a.sessions.admin;
    const readAll = async (stopBefore?: string) => {
      const out: Event[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 30; page++) {
        const res = await api(server.baseUrl, admin, "GET", `/api/audit?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
        expect(res.status).toBe(200);
        out.push(...res.json.items);
        cursor = res.json.nextCursor;
        if (!cursor || (stopBefore && out.length && out[out.length - 1]!.at < stopBefore)) break;
      }
      return out;
    };
    const before = await readAll();
    expect(before.length).toBeGreaterThan(20);
    const victim = before[0]!;
    const conversation = (await api(server.baseUrl, admin, "GET", "/api/conversations?limit=1")).json.items[0] as { id: string; version: number };
    const historyBefore = (await api(server.baseUrl, admin, "GET", `/api/conversations/${conversation.id}/history`)).json.items as Event[];
    const paths = [
      "/api/audit",
      "/api/audit.csv",
      `/api/audit/${victim.id}`,
      `/api/audit/${encodeURIComponent(victim.at)}`,
      `/api/conversations/${conversation.id}/history`,
      `/api/conversations/${conversation.id}/history/${historyBefore[0]?.id ?? victim.id}`,
    ];
    const tamper = { id: victim.id, action: "tampered", actorId: "usr_tampered", at: "2000-01-01T00:00:00.000Z", items: [], meta: { x: 1 } };
    const callers: Array<[string, Record<string, string>]> = [
      ["no one", {}],
      ...ROLES.map((r) => [`${a.slug} ${r}`, a.sessions[r].auth] as [string, Record<string, string>]),
      [`${a.slug} admin by cookie`, { cookie: admin.cookie, "x-bedside-csrf": "1" }],
      [`${b.slug} admin`, b.sessions.admin.auth],
    ];
    const succeeded: string[] = [];
    let attempts = 0;
    for (const path of paths) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        for (const [who, headers] of callers) {
          const res = await fetch(`${server.baseUrl}${path}`, { method, headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(tamper) });
          await res.arrayBuffer();
          attempts++;
          if (res.status < 300 || res.status >= 500) succeeded.push(`${method} ${path} as ${who}: ${res.status}`);
        }
      }
    }
    expect(succeeded).toEqual([]);
    // Through other routes: audit-looking fields in bodies are ignored, never written to the log.
    await api(server.baseUrl, admin, "PATCH", `/api/conversations/${conversation.id}`, { version: conversation.version, status: "open", history: [tamper], audit: [tamper], actorId: "usr_tampered" });
    await api(server.baseUrl, admin, "POST", `/api/conversations/${conversation.id}/notes`, { text: "Checked the chart.", action: "tampered", actorId: "usr_tampered", at: tamper.at });
    const settings = (await api(server.baseUrl, admin, "GET", "/api/settings")).json;
    await api(server.baseUrl, admin, "PUT", "/api/settings", { version: settings.version, name: settings.name, settings: settings.settings, audit: [tamper] });

    const after = await readAll(before[before.length - 1]!.at);
    const byId = new Map(after.map((e) => [e.id, JSON.stringify(e)]));
    expect(before.filter((e) => byId.get(e.id) !== JSON.stringify(e)).map((e) => e.id)).toEqual([]);
    expect(after.filter((e) => e.action === "tampered" || JSON.stringify(e).includes("usr_tampered") || e.at.startsWith("2000-"))).toEqual([]);
    const historyAfter = (await api(server.baseUrl, admin, "GET", `/api/conversations/${conversation.id}/history`)).json.items as Event[];
    const historyById = new Map(historyAfter.map((e) => [e.id, JSON.stringify(e)]));
    expect(historyBefore.filter((e) => historyById.get(e.id) !== JSON.stringify(e))).toEqual([]);
    recordFigure("audit-immutable", { attempts, eventsChecked: before.length, altered: 0 });
  });
});
