import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import type { Counters } from "./counters.ts";

const NOT_COUNTERS = new Set(["pk", "sk", "type", "day"]);

/**
 * The day items of a range: one Query on the practice's aggregate partition (paged past 1 MB).
 * It reads at most one item per day of the range, however many messages those days had.
 */
export async function readAggregates(deps: Deps, practiceId: string, from: string, to: string): Promise<Map<string, Counters>> {
  const { pk, skPrefix } = keys.aggregatesOf(practiceId);
  const days = new Map<string, Counters>();
  let start: Record<string, unknown> | undefined;
  do {
    const res = await withStore(() =>
      deps.store.doc.send(
        new QueryCommand({
          TableName: deps.store.tableName,
          KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
          ExpressionAttributeValues: { ":pk": pk, ":from": `${skPrefix}${from}`, ":to": `${skPrefix}${to}` },
          ExclusiveStartKey: start,
        }),
      ),
    );
    for (const item of res.Items ?? []) {
      const counters: Counters = {};
      for (const [k, v] of Object.entries(item)) if (!NOT_COUNTERS.has(k) && typeof v === "number" && v !== 0) counters[k] = v;
      days.set(String(item.day ?? String(item.sk).slice(skPrefix.length)), counters);
    }
    start = res.LastEvaluatedKey;
  } while (start);
  return days;
}
