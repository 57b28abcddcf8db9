import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { translateStoreError, withStore } from "../storage/store-errors.ts";

export interface ThrottleRule {
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one attempt in a fixed window per scope (`THROTTLE#<scope>`, expiring by DynamoDB TTL on
 * `expiresAt`, like the sign-in counters). The window starts at the first attempt; a new one starts
 * once it has expired, even before TTL deletes the item. Each step is one atomic update, so
 * concurrent attempts cannot all slip under the limit.
 */
export async function takeThrottleSlot(
  deps: Deps,
  scope: string,
  rule: ThrottleRule,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const now = Math.floor(deps.clock().getTime() / 1000);
  const base = { TableName: deps.store.tableName, Key: keys.throttle(scope), ExpressionAttributeNames: { "#c": "count" } };
  try {
    await deps.store.doc.send(
      new UpdateCommand({
        ...base,
        UpdateExpression: "SET #c = :one, expiresAt = :exp",
        ConditionExpression: "attribute_not_exists(pk) OR expiresAt <= :now",
        ExpressionAttributeValues: { ":one": 1, ":exp": now + rule.windowSeconds, ":now": now },
      }),
    );
    return { allowed: true };
  } catch (error) {
    if ((error as { name?: string }).name !== "ConditionalCheckFailedException") throw translateStoreError(error);
  }
  const res = await withStore(() =>
    deps.store.doc.send(
      new UpdateCommand({ ...base, UpdateExpression: "ADD #c :one", ExpressionAttributeValues: { ":one": 1 }, ReturnValues: "ALL_NEW" }),
    ),
  );
  const count = Number(res.Attributes?.count ?? 0);
  const expiresAt = Number(res.Attributes?.expiresAt ?? now);
  return count <= rule.limit ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, expiresAt - now) };
}
