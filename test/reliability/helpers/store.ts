import { BatchGetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { createStore, type Store } from "../../../packages/core/src/storage/store.ts";
import { keys } from "../../../packages/core/src/storage/keys.ts";

/** A client on the spawned server's own DynamoDB (read-only use: counting what was stored). */
export function storeAt(endpoint: string, tableName = "bedside"): Store {
  return createStore({ endpoint, tableName });
}

export interface StoredMessage {
  platformMessageId: string;
  conversationId: string;
  category: string | undefined;
}

/**
 * Every inbound message of the given senders on one channel: thread item -> conversation -> MSG# items.
 * Queries only (no scan), like the product's own access patterns.
 */
export async function messagesOfSenders(store: Store, practiceId: string, channelId: string, psids: string[]): Promise<StoredMessage[]> {
  const out: StoredMessage[] = [];
  const threads: Array<Record<string, unknown>> = [];
  for (let i = 0; i < psids.length; i += 100) {
    const batch = psids.slice(i, i + 100).map((psid) => keys.thread(practiceId, channelId, `dm:${psid}`));
    let request: Record<string, { Keys: Array<Record<string, unknown>> }> | undefined = { [store.tableName]: { Keys: batch } };
    for (let round = 0; request && Object.keys(request).length && round < 20; round++) {
      const res = await store.doc.send(new BatchGetCommand({ RequestItems: request }));
      threads.push(...(res.Responses?.[store.tableName] ?? []));
      request = res.UnprocessedKeys as typeof request;
    }
  }
  for (const thread of threads) {
    const conversationId = String(thread.conversationId);
    let start: Record<string, unknown> | undefined;
    for (let page = 0; page < 100; page++) {
      const res = await store.doc.send(
        new QueryCommand({
          TableName: store.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :m)",
          ExpressionAttributeValues: { ":pk": `P#${practiceId}#CNV#${conversationId}`, ":m": "MSG#" },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of res.Items ?? []) {
        out.push({ platformMessageId: String(item.platformMessageId), conversationId, category: (item.triage as { category?: string } | undefined)?.category });
      }
      start = res.LastEvaluatedKey;
      if (!start) break;
    }
  }
  return out;
}

/** Tallies stored messages against what was sent: stored once, duplicated, missing, untriaged. */
export function tally(stored: StoredMessage[], expectedMids: Iterable<string>) {
  const counts = new Map<string, number>();
  for (const m of stored) counts.set(m.platformMessageId, (counts.get(m.platformMessageId) ?? 0) + 1);
  const expected = new Set(expectedMids);
  const missing = [...expected].filter((mid) => !counts.has(mid));
  const duplicates = [...counts.entries()].filter(([, n]) => n > 1).map(([mid]) => mid);
  const unexpected = [...counts.keys()].filter((mid) => !expected.has(mid));
  const untriaged = stored.filter((m) => !m.category).length;
  return { stored: stored.length, distinct: counts.size, missing, duplicates, unexpected, untriaged };
}

/** The conversation id of each sender's direct-message thread on one channel (a sender without one is left out). */
export async function conversationsOfSenders(store: Store, practiceId: string, channelId: string, psids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < psids.length; i += 100) {
    const batch = psids.slice(i, i + 100);
    let request: Record<string, { Keys: Array<Record<string, unknown>> }> | undefined = {
      [store.tableName]: { Keys: batch.map((psid) => keys.thread(practiceId, channelId, `dm:${psid}`)) },
    };
    for (let round = 0; request && Object.keys(request).length && round < 20; round++) {
      const res = await store.doc.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of res.Responses?.[store.tableName] ?? []) {
        const psid = String(item.pk).split("#dm:").pop()!;
        out.set(psid, String(item.conversationId));
      }
      request = res.UnprocessedKeys as typeof request;
    }
  }
  return out;
}
