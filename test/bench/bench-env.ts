/**
 * The bench's own world: an in-memory DynamoDB Local, the table from the shared definition, the
 * real app wired as `npm start` wires it (deps, hooks, outbox) and served by @hono/node-server on
 * 127.0.0.1 with a free port. The document client's `send` is wrapped so a row can count the
 * items a request read; the wrapper is one counter check per call when no meter is running.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { ensureTable } from "../../packages/core/src/storage/ensure-table.ts";
import type { Deps } from "../../packages/core/src/context.ts";
import { createApp } from "../../packages/functions/src/app.ts";
import { configFromEnv, type AppConfig } from "../../packages/functions/src/config.ts";
import { createDeps } from "../../packages/functions/src/deps.ts";
import { createAppHooks } from "../../packages/functions/src/jobs/app-hooks.ts";
import { createOutbox } from "../../packages/functions/src/jobs/reply-outbox.ts";
import { createSenderFor } from "../../packages/functions/src/jobs/platform-senders.ts";
import { startDynamoLocal, type DynamoLocal } from "../../packages/functions/src/local/dynamo-local.ts";
import { staticFiles } from "../../packages/functions/src/local/static-files.ts";
import { setLogSink } from "../../packages/functions/src/log.ts";

export const META_SECRET = "bench-meta-app-secret";

/** Items a request read, counted from the store's answers while a meter runs. */
export interface ReadMeter {
  calls: number;
  itemsRead: number;
}

export interface BenchEnv {
  dynamo: DynamoLocal;
  deps: Deps;
  config: AppConfig;
  baseUrl: string;
  /** Runs `fn` and returns how many store calls it made and items they read (Query counts scanned items). */
  metered<T>(fn: () => Promise<T>): Promise<{ result: T; meter: ReadMeter }>;
  /** How many log lines each event produced (e.g. `draft.auto`), to show what a row exercised. */
  logEvents(): Record<string, number>;
  stop(): Promise<void>;
}

function itemsIn(output: Record<string, unknown>): number {
  if (typeof output.ScannedCount === "number") return output.ScannedCount;
  if (Array.isArray(output.Items)) return output.Items.length;
  if (output.Item) return 1;
  if (output.Responses && typeof output.Responses === "object") {
    const r = output.Responses as Record<string, unknown> | unknown[];
    if (Array.isArray(r)) return r.filter((x) => (x as { Item?: unknown }).Item).length;
    return Object.values(r).reduce<number>((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
  }
  return 0;
}

export async function startBenchEnv(options: { webRoot?: string } = {}): Promise<BenchEnv> {
  const dynamo = await startDynamoLocal();
  const tableName = "bedside-bench";
  const deps = createDeps({ endpoint: dynamo.endpoint, tableName });
  await ensureTable(deps.store.client, tableName);

  let meter: ReadMeter | null = null;
  const doc = deps.store.doc;
  const send = doc.send.bind(doc) as (command: unknown, ...rest: unknown[]) => Promise<Record<string, unknown>>;
  (doc as unknown as { send: typeof send }).send = async (command, ...rest) => {
    const output = await send(command, ...rest);
    if (meter) {
      meter.calls++;
      meter.itemsRead += itemsIn(output);
    }
    return output;
  };

  // The logger's JSON is still built for every event (that cost is part of a request); it is
  // counted instead of printed so the bench's own output stays readable.
  const events: Record<string, number> = {};
  setLogSink((line) => {
    const name = (/"event":"([^"]+)"/.exec(line)?.[1] ?? "?") + (line.includes('"drafted":false') ? ".none" : "");
    events[name] = (events[name] ?? 0) + 1;
  });

  const config = configFromEnv({}, {
    sessionKey: "bench-session-key",
    publicUrl: "http://localhost:3000",
    secrets: { metaAppSecret: META_SECRET, metaVerifyToken: "bench-verify" },
  });
  const senderFor = createSenderFor(config);
  const outbox = createOutbox(deps, senderFor);
  const hooks = createAppHooks(deps, config, { senderFor, onApproved: outbox.kick });
  const app = createApp(
    { deps, config, hooks },
    {
      ...(options.webRoot ? { staticFiles: staticFiles(options.webRoot) } : {}),
      clientAddress: (c) => getConnInfo(c as never).remote.address ?? "unknown",
    },
  );
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;

  return {
    dynamo,
    deps,
    config,
    baseUrl: `http://127.0.0.1:${port}`,
    async metered(fn) {
      const m: ReadMeter = { calls: 0, itemsRead: 0 };
      meter = m;
      try {
        return { result: await fn(), meter: m };
      } finally {
        meter = null;
      }
    },
    logEvents: () => ({ ...events }),
    async stop() {
      outbox.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      deps.store.client.destroy();
      await dynamo.stop();
    },
  };
}
