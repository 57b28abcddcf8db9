import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { translateStoreError } from "../storage/store-errors.ts";

/**
 * Overwrites some of a channel's credentials (renewed OAuth tokens), leaving the others as they are.
 * Write-only like every credential: nothing returns them. Applies only while the channel is connected;
 * returns false when it was disconnected meanwhile.
 */
export async function saveChannelCredentials(
  deps: Deps,
  channel: { practiceId: string; id: string },
  changed: Record<string, string>,
): Promise<boolean> {
  const entries = Object.entries(changed);
  if (entries.length === 0) return true;
  const names: Record<string, string> = { "#c": "credentials", "#s": "status" };
  const values: Record<string, unknown> = { ":connected": "connected" };
  const sets = entries.map(([key, value], i) => {
    names[`#k${i}`] = key;
    values[`:v${i}`] = value;
    return `#c.#k${i} = :v${i}`;
  });
  try {
    await deps.store.doc.send(
      new UpdateCommand({
        TableName: deps.store.tableName,
        Key: keys.channel(channel.practiceId, channel.id),
        UpdateExpression: `SET ${sets.join(", ")}`,
        ConditionExpression: "#s = :connected",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === "ConditionalCheckFailedException") return false;
    throw translateStoreError(error);
  }
}
