import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connectPage, signIn, type Session } from "./helpers/api.ts";
import { planStorm, sendStorm, type StormPlan } from "./helpers/load.ts";
import { recordFigure, seededDataDir, startServer, storeProcessId, type RunningServer } from "./helpers/server.ts";
import { messagesOfSenders, storeAt, tally } from "./helpers/store.ts";

/**
 * Store outage, against the running server: first the store stops answering (its process is
 * frozen with SIGSTOP: connections open, no replies), then its process dies (SIGKILL) and the
 * server's supervisor starts it again on the same port. While it is out: every webhook answers
 * 5xx (never 2xx), the dashboard API answers 503 with a clear message, /health says the store is
 * down. When it is back, the platforms' redeliveries are stored, each once; nothing is lost.
 */
const PER_PHASE = 60;
const FROZEN_MS = 20_000;

async function health(baseUrl: string) {
  const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(90_000) });
  return { status: res.status, json: (await res.json()) as { status: string; store: string; message?: string } };
}

async function waitForHealthy(baseUrl: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if ((await health(baseUrl).catch(() => ({ status: 0 }))).status === 200) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`store not back within ${timeoutMs} ms`);
}

describe("store outage", () => {
  let server: RunningServer;
  let dataDir: string;
  let staff: Session;
  let practiceId: string;
  let channelId: string;
  const pageId = `outage-page-${Date.now()}`;
  const figures: Record<string, unknown> = {};

  beforeAll(async () => {
    dataDir = seededDataDir(inject("templateDir"), "outage");
    server = await startServer({ dataDir });
    const admin = await signIn(server.baseUrl, "admin@riverside.test");
    staff = await signIn(server.baseUrl, "staff@riverside.test");
    practiceId = admin.user.practice.id;
    channelId = await connectPage(server.baseUrl, admin, pageId);
  });
  afterAll(async () => {
    const pid = server ? storeProcessId(server) : undefined;
    if (pid) process.kill(pid, "SIGCONT");
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    recordFigure("store-outage", figures);
  });

  /**
   * The dashboard's inbox call, timed. A frozen store holds every call until the SDK's own timeouts
   * (5 s a try, 3 tries) give up, so this waits up to 90 s rather than the API helper's 30 s.
   */
  async function inbox() {
    const started = Date.now();
    const res = await fetch(`${server.baseUrl}/api/conversations`, { headers: staff.auth, signal: AbortSignal.timeout(90_000) });
    return { status: res.status, json: (await res.json()) as { code: string; message: string }, ms: Date.now() - started };
  }

  /** During the outage: one attempt per delivery (the platform's first try), the API and /health. */
  async function duringOutage(plan: StormPlan) {
    const [deliveries, conversations, healthNow] = await Promise.all([
      sendStorm(server.baseUrl, plan.queue, { workers: 16, maxAttempts: 1, deadlineMs: 120_000 }),
      inbox(),
      health(server.baseUrl),
    ]);
    return { deliveries, conversations, health: healthNow };
  }

  /** After: the platforms redeliver everything that was not acknowledged; all stored once. */
  async function afterOutage(plan: StormPlan) {
    const redelivery = await sendStorm(server.baseUrl, plan.queue, { workers: 16, maxAttempts: 10, deadlineMs: 180_000 });
    const psids = [...new Set(plan.unique.map((d) => d.psid))];
    const stored = await messagesOfSenders(storeAt(server.storeEndpoint), practiceId, channelId, psids);
    return { redelivery, result: tally(stored, plan.unique.map((d) => d.mid)) };
  }

  /** What each outage reports: the answers while the store was away, and what the redeliveries stored. */
  function outageFigures(during: Awaited<ReturnType<typeof duringOutage>>, after: Awaited<ReturnType<typeof afterOutage>>) {
    return {
      deliveriesDuringOutage: during.deliveries.requests,
      answered2xxDuringOutage: during.deliveries.ok,
      statusesDuringOutage: during.deliveries.statuses,
      apiStatus: during.conversations.status,
      apiSeconds: Math.round(during.conversations.ms / 100) / 10,
      healthStatus: during.health.status,
      redeliveries: after.redelivery.requests,
      stored: after.result.stored,
      duplicates: after.result.duplicates.length,
      lost: after.result.missing.length,
    };
  }

  function expectOutageAnswers(during: Awaited<ReturnType<typeof duringOutage>>) {
    const statuses = Object.keys(during.deliveries.statuses);
    expect(during.deliveries.ok, "no webhook acknowledged while the store is out").toBe(0);
    expect(statuses.every((s) => s === "network" || Number(s) >= 500), JSON.stringify(during.deliveries.statuses)).toBe(true);
    expect(during.deliveries.statuses["503"] ?? 0).toBeGreaterThan(0);
    expect(during.conversations.status).toBe(503);
    expect(during.conversations.json).toMatchObject({ code: "store_unavailable" });
    expect(during.conversations.json.message).toMatch(/data store is not answering/i);
    expect(during.health.status).toBe(503);
    expect(during.health.json).toMatchObject({ status: "degraded", store: "down" });
  }

  function expectNothingLost(after: Awaited<ReturnType<typeof afterOutage>>) {
    expect(after.redelivery.gaveUp).toEqual([]);
    expect(after.result.missing).toEqual([]);
    expect(after.result.duplicates).toEqual([]);
    expect(after.result.stored).toBe(PER_PHASE);
    expect(after.result.untriaged).toBe(0);
  }

  it("the store stops answering (frozen): 5xx, 503 and /health down; afterwards every redelivery stored once", async () => {
    const before = await health(server.baseUrl);
    expect(before.status).toBe(200);
    const plan = planStorm(pageId, PER_PHASE, 20, 0.3);
    const pid = storeProcessId(server);
    expect(pid, "found the store process").toBeTruthy();
    const frozenAt = Date.now();
    process.kill(pid!, "SIGSTOP");
    let during: Awaited<ReturnType<typeof duringOutage>>;
    try {
      during = await duringOutage(plan);
      const left = FROZEN_MS - (Date.now() - frozenAt);
      if (left > 0) await new Promise((r) => setTimeout(r, left));
    } finally {
      process.kill(pid!, "SIGCONT");
    }
    const outageMs = Date.now() - frozenAt;
    await waitForHealthy(server.baseUrl, 60_000);
    const after = await afterOutage(plan);
    figures.frozen = {
      outageSeconds: Math.round(outageMs / 1000),
      ...outageFigures(during, after),
    };
    expectOutageAnswers(during);
    expectNothingLost(after);
  });

  it("the store process dies (SIGKILL): the server's supervisor starts it on the same port; nothing lost", async () => {
    const plan = planStorm(pageId, PER_PHASE, 20, 0.3);
    const pid = storeProcessId(server);
    expect(pid, "found the store process").toBeTruthy();
    const endpoint = server.storeEndpoint;
    const killedAt = Date.now();
    process.kill(pid!, "SIGKILL");
    const during = await duringOutage(plan);
    const backAfterMs = (await waitForHealthy(server.baseUrl, 90_000)) + (Date.now() - killedAt);
    expect(server.storeEndpoint).toBe(endpoint);
    expect(storeProcessId(server)).not.toBe(pid);
    expect(server.lines.some((l) => l.includes('"store.restarted"'))).toBe(true);
    const after = await afterOutage(plan);
    figures.killed = {
      backAfterSeconds: Math.round(backAfterMs / 1000),
      ...outageFigures(during, after),
    };
    expectOutageAnswers(during);
    expectNothingLost(after);
  });
});
