import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { withStore } from "./store-errors.ts";

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

/** BatchWriteItem in groups of 25, resending unprocessed items with a short backoff. */
export async function batchWrite(deps: Deps, requests: WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 25) {
    let pending: WriteRequest[] = requests.slice(i, i + 25);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new Error("batch write kept leaving items unprocessed");
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      const res = await withStore(() => deps.store.doc.send(new BatchWriteCommand({ RequestItems: { [deps.store.tableName]: pending } })));
      pending = (res.UnprocessedItems?.[deps.store.tableName] ?? []) as WriteRequest[];
    }
  }
}
