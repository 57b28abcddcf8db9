import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { fileURLToPath } from "node:url";
import { ensureTable } from "@bedside/core/storage/ensure-table";
import { createApp } from "./app.ts";
import { configFromEnv } from "./config.ts";
import { createDeps } from "./deps.ts";
import { startDynamoLocal, type DynamoLocal } from "./local/dynamo-local.ts";
import { staticFiles } from "./local/static-files.ts";
import { log } from "./log.ts";
import { DEMO_LOGINS, seedIfEmpty } from "./seed/seed-demo.ts";
import { startBackgroundJobs } from "./jobs/background-jobs.ts";
import { createAppHooks } from "./jobs/app-hooks.ts";
import { createOutbox } from "./jobs/reply-outbox.ts";
import { createSenderFor } from "./jobs/platform-senders.ts";
import { startRetentionSweep } from "./jobs/retention-schedule.ts";

/**
 * `npm start`: one port for the dashboard, /api, /webhooks and /health, on AWS's DynamoDB Local
 * (data on disk under DATA_DIR) or on DYNAMODB_ENDPOINT. Demo practices are seeded on first start.
 */
async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const tableName = process.env.TABLE_NAME ?? "bedside";
  let dynamo: DynamoLocal | undefined;
  let endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint) {
    try {
      dynamo = await startDynamoLocal({
        dataDir: process.env.DATA_DIR ?? ".data",
        // If the store process dies, start it again on the same port: the server reconnects by itself.
        supervise: true,
        onRestart: (attempt) => log("store.restarted", { attempt }),
      });
    } catch (error) {
      console.error(`\n${(error as Error).message}\n`);
      process.exit(1);
    }
    endpoint = dynamo.endpoint;
  }
  const deps = createDeps({ endpoint, tableName });
  await ensureTable(deps.store.client, tableName);
  const config = configFromEnv(process.env, {
    // A stable key on a laptop keeps sessions across restarts; production sets SESSION_KEY.
    sessionKey: process.env.SESSION_KEY ?? "local-development-session-key-not-for-production",
  });
  const seeded = await seedIfEmpty(deps);
  const webRoot = fileURLToPath(new URL("../../web/dist", import.meta.url));
  const senderFor = createSenderFor(config, undefined, deps);
  // REPLY_RETRY_BASE_MS / OUTBOX_INTERVAL_MS shorten the reply retry schedule (the reliability suite does).
  const outbox = createOutbox(deps, senderFor, Number(process.env.OUTBOX_INTERVAL_MS) || 5_000, { retryBaseMs: Number(process.env.REPLY_RETRY_BASE_MS) || undefined });
  const hooks = createAppHooks(deps, config, { senderFor, onApproved: outbox.kick });
  const app = createApp(
    { deps, config, hooks },
    { staticFiles: staticFiles(webRoot), clientAddress: (c) => getConnInfo(c as never).remote.address ?? "unknown" },
  );
  const jobs = startBackgroundJobs({ deps, config, hooks });
  const retention = startRetentionSweep(deps);
  const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? "127.0.0.1" }, () => {
    console.log(`\nBedside is running at http://localhost:${port}`);
    console.log(`  store: ${dynamo ? `DynamoDB Local at ${endpoint} (data in ${process.env.DATA_DIR ?? ".data"}/)` : endpoint}, table ${tableName}`);
    console.log(seeded ? "  seeded the demo practices" : "  demo practices already present");
    console.log("  demo sign-ins (password bedside-demo):");
    for (const login of DEMO_LOGINS) console.log(`    ${login}`);
    console.log("  local mode is for development and demonstration, not for real patient data\n");
  });
  const stop = async () => {
    log("server.stopping");
    jobs.stop();
    retention.stop();
    outbox.stop();
    server.close();
    await dynamo?.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error("Bedside could not start:", (error as Error).message);
  process.exit(1);
});
