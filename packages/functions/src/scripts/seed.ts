import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { ensureTable } from "@bedside/core/storage/ensure-table";
import { createDeps } from "../deps.ts";
import { startDynamoLocal } from "../local/dynamo-local.ts";
import { seedIfEmpty } from "../seed/seed-demo.ts";

/** `npm run seed [-- --reset]`: seeds the demo practices; --reset empties the table first. */
async function main() {
  if (process.env.NODE_ENV === "production") {
    console.error("Refusing to seed demo data with NODE_ENV=production.");
    process.exit(1);
  }
  const reset = process.argv.includes("--reset");
  const tableName = process.env.TABLE_NAME ?? "bedside";
  const dynamo = process.env.DYNAMODB_ENDPOINT ? undefined : await startDynamoLocal({ dataDir: process.env.DATA_DIR ?? ".data" });
  const deps = createDeps({ endpoint: process.env.DYNAMODB_ENDPOINT ?? dynamo!.endpoint, tableName });
  try {
    if (reset) {
      await deps.store.client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      console.log(`Emptied table ${tableName}.`);
    }
    await ensureTable(deps.store.client, tableName);
    const seeded = await seedIfEmpty(deps);
    console.log(seeded ? "Seeded Riverside Family Medicine and Lakeside Pediatrics." : "Demo practices already present (use --reset to start over).");
  } finally {
    await dynamo?.stop();
  }
}

main().catch((error) => {
  console.error("Seeding failed:", (error as Error).message);
  process.exit(1);
});
