import { randomBytes } from "node:crypto";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { newId } from "../../packages/core/src/ids/new-id.ts";
import type { Deps } from "../../packages/core/src/context.ts";
import { createStore } from "../../packages/core/src/storage/store.ts";

export const uniqueId = () => String(BigInt(`0x${randomBytes(6).toString("hex")}`));

/** Deps whose store is not listening: every call fails the way an outage does. */
export function downStoreDeps(): Deps {
  return { store: createStore({ endpoint: "http://127.0.0.1:9", tableName: "bedside-test" }), clock: () => new Date(), newId };
}

/** Every conversation of a practice, through the inbox index (open ones). */
export async function openConversations(deps: Deps, practiceId: string) {
  const res = await deps.store.doc.send(
    new QueryCommand({
      TableName: deps.store.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :h",
      ExpressionAttributeValues: { ":h": `P#${practiceId}#INBOX#open` },
    }),
  );
  return res.Items ?? [];
}

/** Every message item of a conversation. */
export async function messagesOf(deps: Deps, practiceId: string, conversationId: string) {
  const res = await deps.store.doc.send(
    new QueryCommand({
      TableName: deps.store.tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :m)",
      ExpressionAttributeValues: { ":pk": `P#${practiceId}#CNV#${conversationId}`, ":m": "MSG#" },
    }),
  );
  return res.Items ?? [];
}
