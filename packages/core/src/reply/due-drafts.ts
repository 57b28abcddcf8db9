import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { OUTBOX_KEY } from "../draft/draft.ts";
import { withStore } from "../storage/store-errors.ts";

export interface DueDraft {
  practiceId: string;
  conversationId: string;
  draftId: string;
}

/** Approved drafts whose next attempt is due, across practices: a Query on the outbox (gsi3). */
export async function dueDrafts(deps: Deps, options: { limit?: number; practiceId?: string } = {}): Promise<DueDraft[]> {
  const now = deps.clock().toISOString();
  const res = await withStore(() =>
    deps.store.doc.send(
      new QueryCommand({
        TableName: deps.store.tableName,
        IndexName: "gsi3",
        KeyConditionExpression: "gsi3pk = :o AND gsi3sk <= :now",
        ExpressionAttributeValues: { ":o": OUTBOX_KEY, ":now": `${now}~`, ...(options.practiceId ? { ":p": options.practiceId } : {}) },
        // Scoped sweeps (one practice, e.g. in tests) filter the shared outbox.
        ...(options.practiceId ? { FilterExpression: "practiceId = :p" } : { Limit: options.limit ?? 50 }),
      }),
    ),
  );
  return (res.Items ?? []).map((i) => ({ practiceId: i.practiceId as string, conversationId: i.conversationId as string, draftId: i.id as string }));
}
