import { inject } from "vitest";
import { createStore, type Store } from "../../packages/core/src/storage/store.ts";

/** The shared test store (DynamoDB Local started once by global-setup). */
export function testStore(): Store {
  return createStore({ endpoint: inject("dynamoEndpoint"), tableName: inject("tableName") });
}
