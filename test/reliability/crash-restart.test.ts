import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connectPage, signIn } from "./helpers/api.ts";
import { planStorm, sendStorm } from "./helpers/load.ts";
import { keepDataDir, recordFigure, seededDataDir, startServer, type RunningServer } from "./helpers/server.ts";
import { messagesOfSenders, storeAt, tally } from "./helpers/store.ts";

/**
 * Crash: the server (tsx, node and its DynamoDB Local, the whole process group) is SIGKILLed in the
 * middle of a duplicate storm and started again on the same data directory and port. Every
 * delivery answered 2xx before the kill is in the store; the senders' retries of the rest (as
 * platforms redeliver what was not acknowledged) are stored once each.
 */
const COUNT = Number(process.env.REL_CRASH_COUNT ?? 600);
const CRASH_AFTER_ACKS = Math.round(COUNT * 0.35);

describe("crash and restart", () => {
  let server: RunningServer;
  let dataDir: string;
  let passed = false;

  beforeAll(async () => {
    dataDir = seededDataDir(inject("templateDir"), "crash");
    server = await startServer({ dataDir });
  });
  afterAll(async () => {
    await server?.stop();
    // A failed run keeps its store for inspection (its path is in the figure line).
    if (dataDir && passed) rmSync(dataDir, { recursive: true, force: true });
    else if (dataDir) keepDataDir(dataDir);
  });

  it(`SIGKILL after ${CRASH_AFTER_ACKS} of ${COUNT} acknowledged: nothing acknowledged is lost, the rest stored once`, async () => {
    const admin = await signIn(server.baseUrl, "admin@riverside.test");
    const practiceId = admin.user.practice.id;
    const pageId = `crash-page-${Date.now()}`;
    const channelId = await connectPage(server.baseUrl, admin, pageId);
    const plan = planStorm(pageId, COUNT, 200, 0.3);

    let ackedBeforeCrash: Set<string> | null = null;
    let crashed: Promise<void> | null = null;
    const crash = { at: 0, requestsAtKill: 0, downMs: 0 };
    const acked = new Set<string>();
    let stats: Awaited<ReturnType<typeof sendStorm>> | null = null;
    const storm = sendStorm(server.baseUrl, plan.queue, {
      workers: 32,
      // Platforms keep redelivering for hours; here the senders keep trying while the server is down.
      maxAttempts: 40,
      deadlineMs: 420_000,
      onAck: (mid) => {
        acked.add(mid);
        if (!crashed && acked.size >= CRASH_AFTER_ACKS) {
          // Snapshot first: these were all answered 2xx before the kill.
          ackedBeforeCrash = new Set(acked);
          crash.at = ackedBeforeCrash.size;
          crashed = (async () => {
            const down = Date.now();
            await server.kill();
            server = await server.restart();
            crash.downMs = Date.now() - down;
          })();
        }
      },
    });
    stats = await storm;
    expect(crashed, "the crash happened mid-load").not.toBeNull();
    await crashed;

    const psids = [...new Set(plan.unique.map((d) => d.psid))];
    const stored = await messagesOfSenders(storeAt(server.storeEndpoint), practiceId, channelId, psids);
    const result = tally(stored, plan.unique.map((d) => d.mid));
    const lostAcked = [...ackedBeforeCrash!].filter((mid) => !stored.some((m) => m.platformMessageId === mid));
    recordFigure("crash-restart", {
      dataDir,
      unique: COUNT,
      requests: stats.requests,
      answered2xx: stats.ok,
      crashAfterAcked: crash.at,
      downSeconds: Math.round(crash.downMs / 100) / 10,
      statuses: stats.statuses,
      gaveUp: stats.gaveUp.length,
      stored: result.stored,
      duplicates: result.duplicates.length,
      lostAcknowledged: lostAcked.length,
      missing: result.missing.length,
      untriaged: result.untriaged,
    });
    expect(stats.statuses.network ?? 0, "some deliveries met the dead server").toBeGreaterThan(0);
    expect(lostAcked).toEqual([]);
    expect(stats.gaveUp).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.unexpected).toEqual([]);
    expect(result.stored).toBe(COUNT);
    expect(result.untriaged).toBe(0);
    passed = true;
  }, 600_000);
});
