import type { TestProject } from "vitest/node";
import { startDynamoLocal, type DynamoLocal } from "../../packages/functions/src/local/dynamo-local.ts";
import { ensureTable } from "../../packages/core/src/storage/ensure-table.ts";
import { createStore } from "../../packages/core/src/storage/store.ts";

let store: DynamoLocal | undefined;

/** One in-memory DynamoDB Local for the whole run; each test makes its own practice. */
export async function setup(project: TestProject) {
  store = await startDynamoLocal();
  const tableName = "bedside-test";
  const { client } = createStore({ endpoint: store.endpoint, tableName });
  await ensureTable(client, tableName);
  client.destroy();
  project.provide("dynamoEndpoint", store.endpoint);
  project.provide("tableName", tableName);
}

export async function teardown() {
  await store?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    tableName: string;
  }
}
