import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, connectPage, signIn, type Session } from "./helpers/api.ts";
import { PSID_MARKER, TEXT_MARKER, planStorm, sendStorm } from "./helpers/load.ts";
import { RIVERSIDE, signedDelivery, snsEnvelope, uid, type WebhookName } from "./helpers/platform-deliveries.ts";
import { rawRequest } from "./helpers/raw-request.ts";
import { SECRETS, recordFigure, seededDataDir, startServer, type RunningServer } from "./helpers/server.ts";

/**
 * Runs the main journeys (sign in, ingest on every webhook, triage, draft, edit, approve, send, notes,
 * channel credentials, a bad sign-in) and a load of a few hundred deliveries against the real server,
 * captures every line it prints, and looks for anything that must never be logged.
 */
const RUN = randomBytes(4).toString("hex");
const TEXT = `LOGTXT${RUN}`;
const AUTHOR = `logauth${RUN}`;
const DRAFT = `LOGDRAFT${RUN}`;
const NOTE = `LOGNOTE${RUN}`;
const WRONG_PASSWORD = `LogWrongPass${RUN}`;
const CREDENTIAL = `LOGCRED${RUN}`;

describe("log hygiene: journeys and load, every log line scanned", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ dataDir: seededDataDir(inject("templateDir"), "log-hygiene") });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("no message text, author handle, draft text, password, token or secret reaches the logs", async () => {
    const started = Date.now();
    const forbidden = new Map<string, string>();
    const addSecret = (label: string, value: string) => value && forbidden.set(value, label);
    for (const [k, v] of Object.entries(SECRETS)) addSecret(`secret ${k}`, v);
    // The demo accounts' password is public (README, and the local banner prints it); real passwords are
    // the ones tried below: a wrong one, and an invited user's one-time password.
    addSecret("wrong password", WRONG_PASSWORD);
    for (const marker of [TEXT, TEXT_MARKER]) addSecret("message text", marker);
    for (const marker of [AUTHOR, PSID_MARKER]) addSecret("author handle", marker);
    addSecret("draft text", DRAFT);
    addSecret("note text", NOTE);
    addSecret("channel credential", CREDENTIAL);

    // Sign-ins, including failures (the password tried must not be logged either).
    expect((await rawRequest(server.baseUrl, "POST", "/api/auth/login", { headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "staff@riverside.test", password: WRONG_PASSWORD }) })).status).toBe(401);
    const sessions: Record<string, Session> = {};
    for (const role of ["staff", "physician", "admin"]) {
      sessions[role] = await signIn(server.baseUrl, `${role}@riverside.test`);
      addSecret(`${role} session token`, sessions[role]!.token);
      addSecret(`${role} session token signature`, sessions[role]!.token.split(".")[1]!);
    }
    const { admin, physician, staff } = sessions as Record<"admin" | "physician" | "staff", Session>;
    const invited = await api(server.baseUrl, admin, "POST", "/api/users", { name: "Log Person", email: `log-${RUN}@riverside.test`, role: "staff" });
    expect(invited.status).toBe(201);
    addSecret("one-time password", invited.json.oneTimePassword);
    const newcomer = await signIn(server.baseUrl, invited.json.user.email, invited.json.oneTimePassword);
    addSecret("invited user's session token", newcomer.token);
    const channelId = await connectPage(server.baseUrl, admin, `log-page-${RUN}`, { pageAccessToken: CREDENTIAL });
    expect((await api(server.baseUrl, admin, "PUT", `/api/channels/${channelId}/credentials`, { credentials: { pageAccessToken: `${CREDENTIAL}2` } })).status).toBe(200);

    // Ingest on every webhook (SNS cannot be signed by a test: its delivery is refused, and must not be logged either).
    const handles: string[] = [];
    for (const w of ["meta", "x", "twilio", "linkedin", "form"] as WebhookName[]) {
      const d = signedDelivery(w, server.port, `${TEXT} ${w} my chest hurts and I take metformin, can I come in today?`, AUTHOR);
      if (w === "twilio") handles.push(new URLSearchParams(String(d.body)).get("From")!);
      const res = await rawRequest(server.baseUrl, "POST", d.path, { headers: d.headers, body: d.body });
      expect(res.status, `${w}: ${res.text}`).toBeLessThan(300);
    }
    const sns = await rawRequest(server.baseUrl, "POST", "/webhooks/email", { headers: { "content-type": "text/plain; charset=UTF-8" }, body: JSON.stringify(snsEnvelope(`${TEXT} email`, AUTHOR, uid())) });
    expect(sns.status).toBe(401);
    for (const h of handles) addSecret("author phone number", h);

    // Triage, draft, edit, submit, approve (the send then fails against a dead platform, and is logged).
    const inbox = await api(server.baseUrl, staff, "GET", "/api/conversations?limit=100");
    const mine = (inbox.json.items as Array<{ id: string; preview: string; version: number; platform: string }>).filter((c) => c.preview.includes(TEXT));
    expect(mine.length).toBeGreaterThanOrEqual(4);
    let approved = 0;
    for (const c of mine) {
      const triaged = await api(server.baseUrl, staff, "PATCH", `/api/conversations/${c.id}`, { version: c.version, category: "logistics" });
      expect(triaged.status).toBe(200);
      expect((await api(server.baseUrl, staff, "POST", `/api/conversations/${c.id}/notes`, { text: `${NOTE} patient called` })).status).toBe(201);
      const detail = await api(server.baseUrl, staff, "GET", `/api/conversations/${c.id}`);
      let draft = (detail.json.drafts as Array<{ id: string; version: number; status: string }>).find((d) => d.status === "draft");
      if (!draft) {
        const made = await api(server.baseUrl, staff, "POST", `/api/conversations/${c.id}/drafts`);
        draft = made.json ?? undefined;
      }
      if (!draft) continue;
      const edited = await api(server.baseUrl, staff, "PATCH", `/api/conversations/${c.id}/drafts/${draft.id}`, {
        version: draft.version,
        text: `Thanks for writing. Please call the office to book a visit. ${DRAFT}`,
      });
      expect(edited.status).toBe(200);
      const submitted = await api(server.baseUrl, staff, "POST", `/api/conversations/${c.id}/drafts/${draft.id}/submit`, { version: edited.json.version });
      expect(submitted.status).toBe(200);
      if (submitted.json.status === "submitted") {
        const decided = await api(server.baseUrl, physician, "POST", `/api/conversations/${c.id}/drafts/${draft.id}/decision`, { decision: "approve", version: submitted.json.version });
        if (decided.status === 200) approved++;
      }
    }
    expect(approved).toBeGreaterThan(0);
    // Reads that return the text: inbox, conversation, approvals, audit, CSV export.
    for (const path of ["/api/approvals", "/api/audit", "/api/audit.csv", "/api/analytics"]) expect((await api(server.baseUrl, admin, "GET", path)).status).toBe(200);
    expect((await api(server.baseUrl, admin, "PATCH", `/api/users/${invited.json.user.id}`, { status: "deactivated" })).status).toBe(200);

    // A load of a few hundred signed deliveries (with redeliveries), on a Page of its own.
    const loadStarted = Date.now();
    const pageId = `log-load-${RUN}`;
    await connectPage(server.baseUrl, admin, pageId);
    const storm = planStorm(pageId, 250, 40, 0.3);
    const sent = await sendStorm(server.baseUrl, storm.queue, { workers: 16, deadlineMs: 240_000 });
    expect(sent.acked.size).toBe(storm.unique.length);
    // Let the outbox try its sends and the after-ingest work finish before reading the logs.
    await new Promise((r) => setTimeout(r, 3_000));

    const lines = [...server.lines];
    const leaks: string[] = [];
    for (const line of lines) for (const [value, label] of forbidden) if (line.includes(value)) leaks.push(`${label}: ${line.slice(0, 200)}`);
    expect(leaks.slice(0, 10)).toEqual([]);
    // The scan saw the work happen: it is not an empty log.
    const events = (name: string) => lines.filter((l) => l.includes(`"event":"${name}"`)).length;
    expect(events("webhook.received")).toBeGreaterThan(250);
    expect(events("http")).toBeGreaterThanOrEqual(sent.requests);
    const statuses: Record<string, number> = {};
    for (const l of lines) {
      const m = /"status":(\d+)/.exec(l);
      if (m && l.includes('"event":"http"')) statuses[m[1]!] = (statuses[m[1]!] ?? 0) + 1;
    }
    recordFigure("log-hygiene", { lines: lines.length, forbiddenValues: forbidden.size, deliveries: sent.requests, loadMs: sent.ms, journeyMs: loadStarted - started, approved, leaks: leaks.length, httpStatuses: statuses });
  });
});
