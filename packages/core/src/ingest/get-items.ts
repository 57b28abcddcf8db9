import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { withStore } from "../storage/store-errors.ts";

type Key = { pk: string; sk: string };
export type Item = Record<string, unknown>;

const id = (k: { pk: unknown; sk: unknown }) => `${String(k.pk)}\u0000${String(k.sk)}`;

/**
 * Several items in one round trip (BatchGetItem), in the order of `wanted`,
 * undefined where an item does not exist. Keys the store leaves unprocessed are asked again.
 */
export async function getItems(deps: Deps, wanted: Key[]): Promise<Array<Item | undefined>> {
  const found = new Map<string, Item>();
  let keys: Record<string, unknown>[] = [...new Map(wanted.map((k) => [id(k), k])).values()];
  for (let round = 0; keys.length > 0; round++) {
    if (round > 0) await new Promise((r) => setTimeout(r, Math.min(200, 10 * 2 ** round)));
    const res = await withStore(() =>
      deps.store.doc.send(new BatchGetCommand({ RequestItems: { [deps.store.tableName]: { Keys: keys } } })),
    );
    for (const item of res.Responses?.[deps.store.tableName] ?? []) found.set(id(item as Key), item);
    keys = (res.UnprocessedKeys?.[deps.store.tableName]?.Keys ?? []) as Record<string, unknown>[];
  }
  return wanted.map((k) => found.get(id(k)));
}
