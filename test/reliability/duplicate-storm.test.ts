import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connectPage, signIn } from "./helpers/api.ts";
import { planStorm, sendStorm } from "./helpers/load.ts";
import { keepDataDir, recordFigure, seededDataDir, startServer, type RunningServer } from "./helpers/server.ts";
import { messagesOfSenders, storeAt, tally } from "./helpers/store.ts";

/**
 * Duplicate storm: signed Messenger deliveries (10,000 unique by default, the figure:
 * about 6-7 minutes on a quiet 2-core machine; REL_STORM_COUNT=2000 for a quick local run) from 32 concurrent senders, 30% of them
 * delivered again (half of those at the same instant as the original, half later), against the
 * real `npm start` server and its DynamoDB Local. Exactly the unique messages are stored, each
 * once, each triaged.
 */
const COUNT = Number(process.env.REL_STORM_COUNT ?? 10_000);
const WORKERS = 32;
const AUTHORS = 400;

describe("duplicate storm", () => {
  let server: RunningServer;
  let dataDir: string;
  let passed = false;
  let practiceId: string;
  let channelId: string;
  const pageId = `storm-page-${Date.now()}`;

  beforeAll(async () => {
    dataDir = seededDataDir(inject("templateDir"), "storm");
    server = await startServer({ dataDir });
    const admin = await signIn(server.baseUrl, "admin@riverside.test");
    practiceId = admin.user.practice.id;
    channelId = await connectPage(server.baseUrl, admin, pageId);
  });
  afterAll(async () => {
    await server?.stop();
    // A failed run keeps its store for inspection (its path is in the figure line).
    if (dataDir && passed) rmSync(dataDir, { recursive: true, force: true });
    else if (dataDir) keepDataDir(dataDir);
  });

  it(`stores ${COUNT} unique messages once each out of ${COUNT} plus 30% redeliveries`, async () => {
    const plan = planStorm(pageId, COUNT, AUTHORS, 0.3);
    const stats = await sendStorm(server.baseUrl, plan.queue, { workers: WORKERS, maxAttempts: 10, deadlineMs: 2_400_000 });
    const psids = [...new Set(plan.unique.map((d) => d.psid))];
    const stored = await messagesOfSenders(storeAt(server.storeEndpoint), practiceId, channelId, psids);
    const result = tally(stored, plan.unique.map((d) => d.mid));
    const sentDeliveries = plan.queue.reduce((n, q) => n + (q.pair ? 2 : 1), 0);
    recordFigure("duplicate-storm", {
      dataDir,
      unique: COUNT,
      deliveriesPlanned: sentDeliveries,
      redelivered: plan.redelivered,
      senders: WORKERS,
      requests: stats.requests,
      answered2xx: stats.ok,
      retriedAfter5xx: stats.retried,
      statuses: stats.statuses,
      gaveUp: stats.gaveUp.length,
      stored: result.stored,
      duplicates: result.duplicates.length,
      missing: result.missing.length,
      untriaged: result.untriaged,
      seconds: Math.round(stats.ms / 1000),
    });
    expect(stats.gaveUp).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.unexpected).toEqual([]);
    expect(result.stored).toBe(COUNT);
    expect(result.untriaged).toBe(0);
    // Every delivery was eventually acknowledged, so no platform keeps retrying.
    expect(stats.acked.size).toBe(COUNT);
    passed = true;
  }, 3_000_000);
});
