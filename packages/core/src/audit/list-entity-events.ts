import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Ctx } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import type { AuditEvent } from "./audit-event.ts";

const FIELDS = ["id", "at", "actorId", "actorRole", "action", "entityType", "entityId", "meta"] as const;

/** The history of one entity (a conversation and everything in it), oldest first: a Query on gsi1. */
export async function listEntityEvents(ctx: Ctx, entityId: string, limit = 200): Promise<Array<Omit<AuditEvent, "practiceId">>> {
  const res = await withStore(() =>
    ctx.store.doc.send(
      new QueryCommand({
        TableName: ctx.store.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :h",
        ExpressionAttributeValues: { ":h": keys.auditOfEntity(ctx.actor.practiceId, entityId) },
        Limit: limit,
      }),
    ),
  );
  return (res.Items ?? []).map((i) => Object.fromEntries(FIELDS.map((f) => [f, i[f] ?? null])) as Omit<AuditEvent, "practiceId">);
}
