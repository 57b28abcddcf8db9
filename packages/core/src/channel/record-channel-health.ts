import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";

/**
 * Notes what a channel last did, for connector health. Kept out of the ingest transaction: many
 * deliveries update it at once, and it must never make a message's write conflict or fail.
 */
export async function recordChannelHealth(
  deps: Deps,
  channel: { practiceId: string; id: string },
  event:
    | { kind: "event" | "poll"; at: string }
    | { kind: "error"; at: string; error: string; credentialsFailing: boolean; revoked?: boolean },
): Promise<void> {
  const base = { TableName: deps.store.tableName, Key: keys.channel(channel.practiceId, channel.id), ConditionExpression: "attribute_exists(pk)" };
  const update =
    event.kind === "error"
      ? {
          UpdateExpression: `SET health.lastError = :e, health.lastErrorAt = :at, health.credentialsFailing = :cf${event.revoked ? ", health.revokedAt = :at" : ""}`,
          ExpressionAttributeValues: { ":e": event.error.slice(0, 200), ":at": event.at, ":cf": event.credentialsFailing },
        }
      : {
          UpdateExpression: `SET health.${event.kind === "event" ? "lastEventAt" : "lastPollAt"} = :at, health.credentialsFailing = :f`,
          ExpressionAttributeValues: { ":at": event.at, ":f": false },
        };
  await deps.store.doc.send(new UpdateCommand({ ...base, ...update })).catch(() => undefined);
}
