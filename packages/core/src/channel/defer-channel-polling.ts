import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import type { ChannelRecord } from "./channel.ts";

/** When a platform rate-limited this channel, pollers leave it alone until `pollNotBefore`. */
export function pollNotBefore(channel: ChannelRecord): string | undefined {
  const value = (channel as unknown as Record<string, unknown>).pollNotBefore;
  return typeof value === "string" ? value : undefined;
}

/** Records a platform's rate-limit hint on the channel. Best effort: a failed write only means an early retry. */
export async function deferChannelPolling(deps: Deps, channel: { practiceId: string; id: string }, until: string): Promise<void> {
  await deps.store.doc
    .send(
      new UpdateCommand({
        TableName: deps.store.tableName,
        Key: keys.channel(channel.practiceId, channel.id),
        UpdateExpression: "SET pollNotBefore = :until",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":until": until },
      }),
    )
    .catch(() => undefined);
}
