import { ensureTable } from "@bedside/core/storage/ensure-table";
import { createDeps } from "../deps.ts";
import { startDynamoLocal } from "../local/dynamo-local.ts";
import { parseBackfillArgs, runBackfill } from "./backfill-command.ts";

/**
 * `npm run backfill -- --practice <id or slug>` (or `--all`): rebuilds the analytics day items
 * from the stored conversations, with a progress bar. Locally it opens DynamoDB Local under
 * DATA_DIR (stop `npm start` first: the data directory takes one process), or DYNAMODB_ENDPOINT
 * (e.g. the endpoint `npm start` prints). Against AWS: BACKFILL_AWS=1 with TABLE_NAME and the
 * usual AWS credentials and region.
 */
async function main() {
  const args = parseBackfillArgs(process.argv.slice(2));
  const tableName = process.env.TABLE_NAME ?? "bedside";
  const onAws = process.env.BACKFILL_AWS === "1";
  const dynamo = onAws || process.env.DYNAMODB_ENDPOINT ? undefined : await startDynamoLocal({ dataDir: process.env.DATA_DIR ?? ".data" });
  const deps = createDeps({ endpoint: onAws ? undefined : (process.env.DYNAMODB_ENDPOINT ?? dynamo!.endpoint), tableName });
  try {
    if (!onAws) await ensureTable(deps.store.client, tableName);
    await runBackfill(deps, args, { write: (t) => process.stdout.write(t), isTTY: process.stdout.isTTY });
  } finally {
    await dynamo?.stop();
  }
}

main().catch((error) => {
  console.error(`Backfill failed: ${(error as Error).message}`);
  process.exit(1);
});
