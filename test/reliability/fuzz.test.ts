import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, signIn, type Session } from "./helpers/api.ts";
import { chance, int, mulberry32, mutateJson, nastyString, pick, randomJson, rawGarbage, type Rng } from "./helpers/fuzz.ts";
import { apiOperations, encodeAny, fillPath, type Operation } from "./helpers/openapi-routes.ts";
import { pathOf, signFor, validBody, type WebhookName } from "./helpers/platform-deliveries.ts";
import { rawRequest } from "./helpers/raw-request.ts";
import { recordFigure, seededDataDir, startServer, type RunningServer } from "./helpers/server.ts";

/**
 * 10,000 generated requests (seed FUZZ_SEED, default 20261207: the same cases every run) spread over
 * every webhook and every route of /api/openapi.json: no 5xx, no dropped connection, no answer slower
 * than the per-request bound, and the server still up and serving at the end.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const WORKERS = 8;
const ONLY = process.env.FUZZ_ONLY === undefined ? undefined : Number(process.env.FUZZ_ONLY);
/** No answer within this is a hang (generous: CI machines are shared). */
const PER_REQUEST_MS = 30_000;
const WEBHOOKS: WebhookName[] = ["meta", "x", "twilio", "linkedin", "email", "form"];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

interface FuzzCase {
  target: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

function webhookCase(rng: Rng, port: number): FuzzCase {
  const w = pick(rng, WEBHOOKS);
  // Ids come from the seeded PRNG too, so a failing case can be replayed exactly.
  const valid = validBody(w, nastyString(rng).slice(0, 2_000) || "hello", "fuzz", String(1e12 + int(rng, 1e12)));
  const r = rng();
  let body: string | Uint8Array;
  // Few cases are valid deliveries (each is stored, triaged and drafted); most probe the parser.
  if (r < 0.05) body = valid;
  else if (r < 0.35) body = w === "twilio" ? mutateForm(rng, valid) : JSON.stringify(mutateJson(rng, JSON.parse(valid)));
  else if (r < 0.5) body = w === "twilio" ? new URLSearchParams(Object.entries(randomJson(rng, 1, ["Body", "From", "To", "MessageSid"]) ?? {}).map(([k, v]) => [k, String(v)])).toString() : JSON.stringify(randomJson(rng, 4, jsonKeys(valid)));
  else body = rawGarbage(rng, valid);
  const headers = chance(rng, 0.8) ? signFor(w, body, port) : { "content-type": pick(rng, ["application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"]) };
  if (chance(rng, 0.05)) headers["content-type"] = pick(rng, ["text/plain", "application/json; charset=latin1", ""]);
  // GET handshakes with hostile queries.
  if (w !== "form" && w !== "email" && w !== "twilio" && chance(rng, 0.1)) {
    const q = encodeAny(nastyString(rng).slice(0, 3_000));
    const query = w === "meta" ? `hub.mode=subscribe&hub.verify_token=${q}&hub.challenge=${q}` : w === "x" ? `crc_token=${q}` : `challengeCode=${q}`;
    return { target: `GET /webhooks/${w}`, method: "GET", path: `/webhooks/${w}?${query}`, headers: {} };
  }
  return { target: `POST ${pathOf(w)}`, method: "POST", path: pathOf(w), headers, body };
}

function mutateForm(rng: Rng, valid: string): string {
  const params = new URLSearchParams(valid);
  const keys = [...params.keys()];
  for (let i = 0; i < 1 + int(rng, 3); i++) {
    const k = pick(rng, keys);
    if (chance(rng, 0.3)) params.delete(k);
    else params.set(k, nastyString(rng).slice(0, 20_000));
  }
  return params.toString();
}

function jsonKeys(valid: string): string[] {
  const keys = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) keys.add(k), walk(x);
  };
  walk(JSON.parse(valid));
  return [...keys];
}

/** Reads that scan a whole range (CSV exports, analytics) are drawn less often: each costs the server seconds. */
const HEAVY = new Set(["GET /audit.csv", "GET /analytics", "GET /analytics/{file}", "GET /audit"]);

function apiCase(rng: Rng, ops: Operation[], session: Session, realIds: string[]): FuzzCase {
  let op = pick(rng, ops);
  while (HEAVY.has(op.key) && chance(rng, 0.8)) op = pick(rng, ops);
  const method = chance(rng, 0.85) ? op.method : pick(rng, METHODS);
  const values: Record<string, string> = {};
  for (const p of op.pathParams) {
    const r = rng();
    values[p] = r < 0.4 && realIds.length ? pick(rng, realIds) : r < 0.55 ? "riverside" : nastyString(rng).slice(0, 2_000) || "x";
  }
  let path = `/api${fillPath(op.path, values)}`;
  if (op.queryParams.length && chance(rng, 0.7)) {
    const q = new URLSearchParams();
    for (const name of op.queryParams) if (chance(rng, 0.5)) q.set(name, chance(rng, 0.3) ? pick(rng, ["2026-01-01", "day", "week", "open", "urgent", "50", "true"]) : nastyString(rng).slice(0, 2_000));
    path += `?${q.toString()}`;
  }
  const headers: Record<string, string> = {};
  const who = rng();
  if (who < 0.8) Object.assign(headers, session.auth);
  else if (who < 0.87) headers.authorization = `Bearer ${pick(rng, [session.token.slice(0, -2) + "xx", "", nastyString(rng).slice(0, 500).replace(/[^\x20-\x7e]/g, "")])}`;
  else if (who < 0.94) headers.cookie = `bedside_session=${session.token.split(".").reverse().join(".")}`;
  let body: string | Uint8Array | undefined;
  if (method !== "GET") {
    const r = rng();
    body = r < 0.55 ? JSON.stringify(randomJson(rng, 3, op.bodyKeys)) : r < 0.75 ? JSON.stringify(Object.fromEntries(op.bodyKeys.map((k) => [k, randomJson(rng, 1)]))) : r < 0.95 ? rawGarbage(rng) : undefined;
    headers["content-type"] = chance(rng, 0.9) ? "application/json" : pick(rng, ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16"]);
  }
  return { target: `${op.method} ${op.path}`, method, path, headers, body };
}

describe("fuzzer: 10,000 generated requests on every webhook and API route", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ dataDir: seededDataDir(inject("templateDir"), "fuzz") });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers every case below 500, within the bound, and stays up", { timeout: 900_000 }, async () => {
    // Lakeside's admin: the fuzzer never learns a user id, so it cannot lock itself out.
    const admin = await signIn(server.baseUrl, "admin@lakeside.test");
    const ops = await apiOperations(server.baseUrl, admin);
    const inbox = await api(server.baseUrl, admin, "GET", "/api/conversations?limit=20");
    const articles = await api(server.baseUrl, admin, "GET", "/api/articles");
    const realIds: string[] = [...inbox.json.items.map((c: { id: string }) => c.id), ...articles.json.items.slice(0, 5).map((a: { id: string }) => a.id)];
    expect(realIds.length).toBeGreaterThan(5);

    const rng = mulberry32(SEED);
    const cases: FuzzCase[] = Array.from({ length: CASES }, () => (chance(rng, 0.4) ? webhookCase(rng, server.port) : apiCase(rng, ops, admin, realIds)));
    const statuses: Record<string, number> = {};
    const byTarget = new Map<string, number>();
    const failures: string[] = [];
    let slowest = 0;
    const msByTarget = new Map<string, number>();
    let next = 0;
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        while (next < cases.length) {
          const i = next++;
          const c = cases[i]!;
          // FUZZ_ONLY=<case number> replays one case and prints it.
          if (ONLY !== undefined && i !== ONLY) continue;
          if (ONLY !== undefined) console.log(JSON.stringify({ ...c, body: c.body === undefined ? undefined : Buffer.from(c.body).toString("utf8").slice(0, 3_000) }));
          byTarget.set(c.target, (byTarget.get(c.target) ?? 0) + 1);
          try {
            const res = await rawRequest(server.baseUrl, c.method, c.path, { headers: c.headers, body: c.body, timeoutMs: PER_REQUEST_MS });
            statuses[res.status] = (statuses[res.status] ?? 0) + 1;
            slowest = Math.max(slowest, res.ms);
            msByTarget.set(c.target, (msByTarget.get(c.target) ?? 0) + res.ms);
            if (res.status >= 500) failures.push(`case ${i} ${c.method} ${c.path.slice(0, 120)}: ${res.status} ${res.text.slice(0, 160)}`);
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
            // An early answer (413/431) can close the socket while a large body is still being written.
            if ((code === "EPIPE" || code === "ECONNRESET") && c.body && Buffer.byteLength(c.body) > 100_000) {
              statuses.early_close = (statuses.early_close ?? 0) + 1;
              continue;
            }
            statuses[code] = (statuses[code] ?? 0) + 1;
            failures.push(`case ${i} ${c.method} ${c.path.slice(0, 120)}: ${code}`);
          }
        }
      }),
    );
    if (process.env.FUZZ_PROFILE) console.log([...msByTarget].sort((a, b) => b[1] - a[1]).map(([t, ms]) => `${t}: ${byTarget.get(t)} cases, ${ms} ms`).join("\n"));
    const crashes = server.lines.filter((l) => l.includes("request.crashed")).slice(0, 5);
    expect({ failures: failures.slice(0, 20), crashes }).toEqual({ failures: [], crashes: [] });
    // Every webhook and every API route was reached.
    if (ONLY !== undefined) return;
    for (const op of ops) expect(byTarget.get(op.key), op.key).toBeGreaterThan(0);
    for (const w of WEBHOOKS) expect(byTarget.get(`POST ${pathOf(w)}`), w).toBeGreaterThan(0);
    expect(server.child.exitCode).toBeNull();
    expect((await rawRequest(server.baseUrl, "GET", "/health")).status).toBe(200);
    expect((await api(server.baseUrl, admin, "GET", "/api/auth/me")).status).toBe(200);
    recordFigure("fuzz", { seed: SEED, cases: cases.length, routes: byTarget.size, statuses, slowestMs: slowest });
  });
});
