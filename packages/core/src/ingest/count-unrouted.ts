import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import type { Platform } from "../platform/platform.ts";

/** Events for accounts no practice owns are acknowledged, not stored, and counted per platform and day. */
export async function countUnrouted(deps: Deps, platform: Platform, count: number): Promise<void> {
  const day = deps.clock().toISOString().slice(0, 10);
  await deps.store.doc
    .send(
      new UpdateCommand({
        TableName: deps.store.tableName,
        Key: { pk: `UNROUTED#${platform}`, sk: day },
        UpdateExpression: "ADD #n :c",
        ExpressionAttributeNames: { "#n": "count" },
        ExpressionAttributeValues: { ":c": count },
      }),
    )
    .catch(() => undefined);
}
