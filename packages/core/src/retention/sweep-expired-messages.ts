import type { Deps } from "../context.ts";
import { listPractices } from "../practice/list-practices.ts";
import { batchWrite } from "../storage/batch-write.ts";
import { keys } from "../storage/keys.ts";
import { queryPages } from "../storage/query-all.ts";

export interface SweepResult {
  practices: number;
  deleted: number;
}

/**
 * The local twin of DynamoDB TTL: deletes every message whose `expiresAt` has passed, with its
 * expiry marker. Per practice it is one Query over the markers up to now (sorted by expiry), so
 * the work is proportional to what expired, never to the table. Day aggregates are not touched:
 * a practice's charts keep the history its messages no longer have.
 */
export async function sweepExpiredMessages(deps: Deps, options: { practiceId?: string } = {}): Promise<SweepResult> {
  const nowSeconds = Math.floor(deps.clock().getTime() / 1000);
  const practiceIds = options.practiceId ? [options.practiceId] : (await listPractices(deps)).map((p) => p.id);
  let deleted = 0;
  for (const practiceId of practiceIds) {
    const { pk } = keys.expiryMarkersOf(practiceId);
    for await (const page of queryPages(deps, {
      KeyConditionExpression: "pk = :pk AND sk <= :upto",
      // Markers sort by zero-padded expiry; "~" sorts after the "#" that follows it.
      ExpressionAttributeValues: { ":pk": pk, ":upto": `${String(nowSeconds).padStart(12, "0")}~` },
      ProjectionExpression: "pk, sk, targetPk, targetSk",
    })) {
      await batchWrite(
        deps,
        page.flatMap((m) => [
          { DeleteRequest: { Key: { pk: m.targetPk, sk: m.targetSk } } },
          { DeleteRequest: { Key: { pk: m.pk, sk: m.sk } } },
        ]),
      );
      deleted += page.length;
    }
  }
  return { practices: practiceIds.length, deleted };
}
