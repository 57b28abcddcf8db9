import type { Deps } from "@bedside/core/context";
import { newId } from "@bedside/core/ids/new-id";
import { createStore, type StoreConfig } from "@bedside/core/storage/store";

/** The real dependencies: an entry point calls this once. */
export function createDeps(store: StoreConfig): Deps {
  return { store: createStore(store), clock: () => new Date(), newId };
}
