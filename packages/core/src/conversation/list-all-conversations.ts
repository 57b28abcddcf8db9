import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { queryPages } from "../storage/query-all.ts";

/**
 * Every conversation id of a practice, through the inbox index (open, then done): Queries, never a
 * scan. Only the keys are projected, so it reads little even for a large practice.
 */
export async function listAllConversationIds(deps: Deps, practiceId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const status of ["open", "done"]) {
    for await (const page of queryPages(deps, {
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :h",
      ExpressionAttributeValues: { ":h": keys.inboxByPriority(practiceId, status) },
      ProjectionExpression: "id",
    })) {
      for (const item of page) ids.push(String(item.id));
    }
  }
  return ids;
}
