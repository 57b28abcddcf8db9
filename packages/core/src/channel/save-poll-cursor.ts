import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { translateStoreError } from "../storage/store-errors.ts";
import type { ChannelRecord } from "./channel.ts";

/** The channel attribute a poller keeps its cursor in: `pollCursor`, or `pollCursor:<name>` for a second poller. */
export function pollCursorAttribute(name?: string): string {
  return name ? `pollCursor:${name}` : "pollCursor";
}

export function readPollCursor(channel: ChannelRecord, name?: string): string | undefined {
  const value = (channel as unknown as Record<string, unknown>)[pollCursorAttribute(name)];
  return typeof value === "string" ? value : undefined;
}

/**
 * Saves where a poller stopped. Call it only after the polled messages were stored, so a crash in
 * between re-reads them (ingest is idempotent) rather than skipping them. The write is conditional on
 * the channel still being connected and on the cursor still being the one this poll started from, so
 * an overlapping, slower run can never move the cursor backwards. Returns false when it did not apply.
 */
export async function savePollCursor(
  deps: Deps,
  channel: { practiceId: string; id: string },
  input: { name?: string; previous: string | undefined; next: string },
): Promise<boolean> {
  const attribute = pollCursorAttribute(input.name);
  try {
    await deps.store.doc.send(
      new UpdateCommand({
        TableName: deps.store.tableName,
        Key: keys.channel(channel.practiceId, channel.id),
        UpdateExpression: "SET #c = :next",
        ConditionExpression:
          input.previous === undefined ? "#s = :connected AND attribute_not_exists(#c)" : "#s = :connected AND #c = :previous",
        ExpressionAttributeNames: { "#c": attribute, "#s": "status" },
        ExpressionAttributeValues: {
          ":next": input.next,
          ":connected": "connected",
          ...(input.previous === undefined ? {} : { ":previous": input.previous }),
        },
      }),
    );
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === "ConditionalCheckFailedException") return false;
    throw translateStoreError(error);
  }
}
