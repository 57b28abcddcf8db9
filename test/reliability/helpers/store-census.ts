import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { Store } from "../../../packages/core/src/storage/store.ts";

export interface Census {
  /** Stored messages (MSG# items) and idempotency records (#PMID# items). */
  messages: number;
  platformIds: number;
  conversations: number;
  /** Every item whose text contains one of the markers (message text, author, handle...). */
  marked: number;
}

/**
 * Counts what the store holds by reading every item (a test-only full Scan, so nothing a
 * request wrote can hide from it). `markers` are looked for in every attribute of every item.
 */
export async function census(store: Store, markers: string[] = []): Promise<Census> {
  const out: Census = { messages: 0, platformIds: 0, conversations: 0, marked: 0 };
  let start: Record<string, unknown> | undefined;
  for (let page = 0; page < 10_000; page++) {
    const res = await store.doc.send(new ScanCommand({ TableName: store.tableName, ExclusiveStartKey: start }));
    for (const item of res.Items ?? []) {
      const pk = String(item.pk);
      const sk = String(item.sk);
      if (sk.startsWith("MSG#")) out.messages++;
      if (pk.includes("#PMID#")) out.platformIds++;
      if (pk.includes("#CNV#") && sk === "META") out.conversations++;
      if (markers.length) {
        const text = JSON.stringify(item);
        if (markers.some((m) => text.includes(m))) out.marked++;
      }
    }
    start = res.LastEvaluatedKey;
    if (!start) break;
  }
  return out;
}
