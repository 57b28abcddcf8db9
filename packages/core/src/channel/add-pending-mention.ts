import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { StoreUnavailable } from "../errors.ts";
import type { MentionRef } from "../platform/meta/fetch-instagram-mention.ts";
import { addPendingMention, MENTION_TEXT_CURSOR } from "../platform/meta/pending-mentions.ts";
import { keys } from "../storage/keys.ts";
import { translateStoreError, withStore } from "../storage/store-errors.ts";
import { pollCursorAttribute } from "./save-poll-cursor.ts";

const MAX_ATTEMPTS = 5;

/**
 * Remembers an Instagram mention whose text could not be read, for the mention-text job to retry.
 * A conditional read-modify-write on the channel's `pollCursor:mention_text`, so concurrent deliveries
 * and the job never drop each other's entries.
 */
export async function addPendingMentionToChannel(
  deps: Deps,
  channel: { practiceId: string; id: string },
  ref: MentionRef,
): Promise<void> {
  const attribute = pollCursorAttribute(MENTION_TEXT_CURSOR);
  const key = keys.channel(channel.practiceId, channel.id);
  const since = Math.floor(deps.clock().getTime() / 1000);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const res = await withStore(() =>
      deps.store.doc.send(
        new GetCommand({ TableName: deps.store.tableName, Key: key, ProjectionExpression: "#c", ExpressionAttributeNames: { "#c": attribute } }),
      ),
    );
    const current = res.Item?.[attribute] as string | undefined;
    const next = addPendingMention(current, ref, since);
    if (next === current) return;
    try {
      await deps.store.doc.send(
        new UpdateCommand({
          TableName: deps.store.tableName,
          Key: key,
          UpdateExpression: "SET #c = :next",
          ConditionExpression: current === undefined ? "#s = :connected AND attribute_not_exists(#c)" : "#s = :connected AND #c = :previous",
          ExpressionAttributeNames: { "#c": attribute, "#s": "status" },
          ExpressionAttributeValues: { ":next": next, ":connected": "connected", ...(current === undefined ? {} : { ":previous": current }) },
        }),
      );
      return;
    } catch (error) {
      if ((error as { name?: string }).name !== "ConditionalCheckFailedException") throw translateStoreError(error);
    }
  }
  throw new StoreUnavailable("The channel is busy; deliver again");
}
