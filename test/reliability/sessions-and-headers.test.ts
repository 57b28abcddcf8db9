import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, signIn } from "./helpers/api.ts";
import { apiOperations, fillPath } from "./helpers/openapi-routes.ts";
import { rawRequest, type RawAnswer } from "./helpers/raw-request.ts";
import { DEMO_PASSWORD, recordFigure, seededDataDir, startServer, type RunningServer } from "./helpers/server.ts";

/**
 * Sessions and headers on two real servers: one on localhost (plain http, as `npm start` runs on a
 * laptop) and one whose PUBLIC_URL is https (as deployed), where cookies must be Secure and HSTS sent.
 */
const header = (res: RawAnswer, name: string) => {
  const v = res.headers[name];
  return Array.isArray(v) ? v.join("\n") : (v ?? "");
};

async function login(baseUrl: string, email: string, password = DEMO_PASSWORD) {
  return rawRequest(baseUrl, "POST", "/api/auth/login", { headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
}

/** Every kind of answer: pages, assets, health, API success and errors, webhooks, 404s. */
async function answersToCheck(server: RunningServer): Promise<Array<{ label: string; res: RawAnswer }>> {
  const admin = await signIn(server.baseUrl, "admin@riverside.test");
  const out: Array<{ label: string; res: RawAnswer }> = [];
  const get = async (label: string, path: string, headers: Record<string, string> = {}) => out.push({ label, res: await rawRequest(server.baseUrl, "GET", path, { headers }) });
  await get("dashboard page", "/");
  await get("dashboard deep link", "/inbox");
  const html = out[0]!.res.text;
  for (const asset of [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]!)) await get(`asset ${asset}`, asset);
  await get("health", "/health");
  await get("unknown page", `/no-such-page-${randomBytes(3).toString("hex")}.txt`);
  await get("API without a session", "/api/conversations");
  await get("unknown API route", "/api/nope", admin.auth);
  const ops = await apiOperations(server.baseUrl, admin);
  const conversation = (await api(server.baseUrl, admin, "GET", "/api/conversations?limit=1")).json.items[0].id as string;
  for (const op of ops.filter((o) => o.method === "GET")) {
    await get(`API ${op.key}`, `/api${fillPath(op.path, { id: conversation, slug: "riverside", file: "volume-by-platform.csv" })}`, admin.auth);
  }
  out.push({ label: "API POST with a bad body", res: await rawRequest(server.baseUrl, "POST", "/api/articles", { headers: { ...admin.auth, "content-type": "application/json" }, body: "{" }) });
  out.push({ label: "API 413", res: await rawRequest(server.baseUrl, "POST", "/api/articles", { headers: { ...admin.auth, "content-type": "application/json" }, body: "x".repeat(300_000) }).catch(() => ({ status: 0, headers: {}, text: "", ms: 0 })) });
  await get("webhook handshake refused", "/webhooks/meta?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1");
  out.push({ label: "webhook unsigned", res: await rawRequest(server.baseUrl, "POST", "/webhooks/meta", { headers: { "content-type": "application/json" }, body: "{}" }) });
  return out.filter((x) => x.res.status !== 0);
}

function headerProblems(answers: Array<{ label: string; res: RawAnswer }>, hsts: boolean): string[] {
  const problems: string[] = [];
  for (const { label, res } of answers) {
    const csp = header(res, "content-security-policy");
    const script = /script-src ([^;]+)/.exec(csp)?.[1] ?? /default-src ([^;]+)/.exec(csp)?.[1] ?? "";
    if (!csp) problems.push(`${label}: no Content-Security-Policy`);
    else {
      if (!script || /'unsafe-inline'|'unsafe-eval'|\*|data:/.test(script)) problems.push(`${label}: script-src allows inline or foreign scripts (${script})`);
      if (!/frame-ancestors 'none'/.test(csp)) problems.push(`${label}: framing not denied`);
      if (!/object-src 'none'/.test(csp)) problems.push(`${label}: plugins not denied`);
    }
    if (header(res, "x-content-type-options") !== "nosniff") problems.push(`${label}: no X-Content-Type-Options: nosniff`);
    const sts = header(res, "strict-transport-security");
    if (hsts && !/max-age=(\d+)/.test(sts)) problems.push(`${label}: no HSTS outside localhost`);
    if (hsts && Number(/max-age=(\d+)/.exec(sts)?.[1] ?? 0) < 15_552_000) problems.push(`${label}: HSTS shorter than 180 days`);
    if (!hsts && sts) problems.push(`${label}: HSTS on plain-http localhost`);
  }
  return problems;
}

describe("sessions, CSRF, sign-in throttling and security headers", () => {
  let local: RunningServer;
  let deployed: RunningServer;
  beforeAll(async () => {
    const template = inject("templateDir");
    [local, deployed] = await Promise.all([
      startServer({ dataDir: seededDataDir(template, "sessions-local") }),
      startServer({ dataDir: seededDataDir(template, "sessions-https"), env: { PUBLIC_URL: "https://bedside.example" } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([local?.stop(), deployed?.stop()]);
  });

  it("the session cookie is HttpOnly and SameSite=Strict everywhere, and Secure outside localhost", async () => {
    for (const [server, secure] of [[local, false], [deployed, true]] as const) {
      const res = await login(server.baseUrl, "staff@riverside.test");
      expect(res.status).toBe(200);
      const cookie = header(res, "set-cookie");
      expect(cookie).toMatch(/^bedside_session=[^;]+/);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Strict/i);
      expect(cookie).toMatch(/;\s*Path=\//i);
      if (secure) expect(cookie).toMatch(/;\s*Secure/i);
      else expect(cookie).not.toMatch(/;\s*Secure/i);
      // The token in the answer body is for API clients; the cookie itself is never readable by scripts.
      expect(res.headers["cache-control"] ?? "").not.toMatch(/public/);
    }
  });

  it("every state-changing API route refuses a cookie session without the CSRF header, and accepts it with the header", async () => {
    const admin = await signIn(local.baseUrl, "admin@riverside.test");
    const ops = (await apiOperations(local.baseUrl, admin)).filter((o) => !o.public && o.method !== "GET" && o.method !== "HEAD" && o.method !== "OPTIONS");
    expect(ops.length).toBeGreaterThan(10);
    const conversation = (await api(local.baseUrl, admin, "GET", "/api/conversations?limit=1")).json.items[0];
    const refused: string[] = [];
    for (const op of ops) {
      const path = `/api${fillPath(op.path, { id: conversation.id, draftId: "drf_01aaaaaaaaaaaaaaaaaaaaaaaa" })}`;
      // A cross-site form can send the cookie and a simple body, never a custom header.
      for (const contentType of ["application/x-www-form-urlencoded", "text/plain", "application/json"]) {
        const res = await rawRequest(local.baseUrl, op.method, path, { headers: { cookie: admin.cookie, "content-type": contentType, origin: "https://evil.example" }, body: "version=1&status=done" });
        if (res.status !== 403) refused.push(`${op.key} (${contentType}): ${res.status}`);
      }
    }
    expect(refused).toEqual([]);
    // With the header, the cookie session works (and a GET never needs it).
    expect((await rawRequest(local.baseUrl, "GET", "/api/auth/me", { headers: { cookie: admin.cookie } })).status).toBe(200);
    const patch = await rawRequest(local.baseUrl, "PATCH", `/api/conversations/${conversation.id}`, {
      headers: { cookie: admin.cookie, "content-type": "application/json", "x-bedside-csrf": "1" },
      body: JSON.stringify({ version: conversation.version, status: conversation.status }),
    });
    expect(patch.status).toBe(200);
    recordFigure("csrf", { routes: ops.length, attempts: ops.length * 3, refused: ops.length * 3 - refused.length });
  });

  it("a deactivated user's bearer token and cookie stop working at once", async () => {
    const admin = await signIn(local.baseUrl, "admin@riverside.test");
    const invited = await api(local.baseUrl, admin, "POST", "/api/users", { name: "Temp Nurse", email: `temp-${randomBytes(3).toString("hex")}@riverside.test`, role: "staff" });
    expect(invited.status).toBe(201);
    const user = await signIn(local.baseUrl, invited.json.user.email, invited.json.oneTimePassword);
    expect((await api(local.baseUrl, user, "GET", "/api/conversations?limit=1")).status).toBe(200);
    expect((await rawRequest(local.baseUrl, "GET", "/api/auth/me", { headers: { cookie: user.cookie } })).status).toBe(200);
    expect((await api(local.baseUrl, admin, "PATCH", `/api/users/${user.user.id}`, { status: "deactivated" })).status).toBe(200);
    // The very next request, with either credential, is refused; signing in again too.
    expect((await api(local.baseUrl, user, "GET", "/api/conversations?limit=1")).status).toBe(401);
    expect((await rawRequest(local.baseUrl, "GET", "/api/auth/me", { headers: { cookie: user.cookie } })).status).toBe(401);
    expect((await login(local.baseUrl, invited.json.user.email, invited.json.oneTimePassword)).status).toBe(401);
    // Reactivating does not bring the old token back.
    expect((await api(local.baseUrl, admin, "PATCH", `/api/users/${user.user.id}`, { status: "active" })).status).toBe(200);
    expect((await api(local.baseUrl, user, "GET", "/api/auth/me")).status).toBe(401);
  });

  it("a forged, altered or expired-looking token is refused", async () => {
    const staff = await signIn(local.baseUrl, "staff@riverside.test");
    const [body, sig] = staff.token.split(".");
    const claims = JSON.parse(Buffer.from(body!, "base64url").toString("utf8"));
    const forged = Buffer.from(JSON.stringify({ ...claims, role: "admin" })).toString("base64url");
    for (const token of [`${forged}.${sig}`, `${body}.${sig!.slice(0, -2)}AA`, `${Buffer.from(JSON.stringify({ ...claims, exp: 1 })).toString("base64url")}.${sig}`, "", "null", staff.token.replace(/\./g, "")]) {
      expect((await api(local.baseUrl, { ...staff, auth: { authorization: `Bearer ${token}` } }, "GET", "/api/audit")).status, token.slice(0, 20)).toBe(401);
    }
  });

  it("sign-in is throttled per account (even with the right password after) without locking out other accounts", async () => {
    for (let i = 0; i < 5; i++) expect((await login(local.baseUrl, "physician@lakeside.test", `wrong-${i}`)).status).toBe(401);
    const locked = await login(local.baseUrl, "physician@lakeside.test");
    expect(locked.status).toBe(429);
    expect(Number(header(locked, "retry-after"))).toBeGreaterThan(0);
    expect((await login(local.baseUrl, "staff@lakeside.test")).status).toBe(200);
  });

  it("sign-in is throttled per client across accounts", async () => {
    // 20 failures from one client, each on a different (unknown) account, then a real account is refused too.
    for (let i = 0; i < 20; i++) {
      const res = await login(deployed.baseUrl, `nobody-${i}-${randomBytes(2).toString("hex")}@example.com`, "guess");
      expect([401, 429]).toContain(res.status);
    }
    expect((await login(deployed.baseUrl, "admin@lakeside.test")).status).toBe(429);
  });

  it("every page and API answer carries the security headers; HSTS only outside localhost; the dashboard has no inline script", async () => {
    // The deployed server's sign-ins are throttled by the test above, so its checks use a session from before.
    const answersLocal = await answersToCheck(local);
    expect(headerProblems(answersLocal, false)).toEqual([]);
    const html = answersLocal[0]!.res.text;
    expect(html).toMatch(/<script[^>]+src=/);
    expect([...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0])).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const deployedAnswers = await Promise.all(
      ["/", "/health", "/api/conversations", "/api/nope", "/webhooks/x"].map(async (path) => ({ label: path, res: await rawRequest(deployed.baseUrl, "GET", path) })),
    );
    expect(headerProblems(deployedAnswers, true)).toEqual([]);
    recordFigure("security-headers", { answersChecked: answersLocal.length + deployedAnswers.length });
  });
});
