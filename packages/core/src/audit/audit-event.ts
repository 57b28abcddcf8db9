import type { Ctx } from "../context.ts";
import { keys } from "../storage/keys.ts";

/**
 * An immutable record of a change: actor, action, entity, time; ids and enums only, never text.
 * Written with `attribute_not_exists(pk)` in the same transaction as the change it records, and
 * no API updates or deletes it: the keys are per day + time + id, so there is nothing to overwrite.
 */
export interface AuditEvent {
  id: string;
  practiceId: string;
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  /** Ids and enums only (e.g. { from: "education", to: "personal" }). */
  meta?: Record<string, string | number | boolean | null>;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  meta?: AuditEvent["meta"];
  /** Also list the event under this entity (e.g. the conversation a draft belongs to). */
  alsoEntityId?: string;
}

/** A Put for TransactWriteItems (or one PutItem) holding the audit event. */
export function auditPut(ctx: Ctx, input: AuditInput, tableName = ctx.store.tableName) {
  const at = ctx.clock().toISOString();
  const id = ctx.newId("evt");
  const event: AuditEvent = {
    id,
    practiceId: ctx.actor.practiceId,
    at,
    actorId: ctx.actor.userId,
    actorRole: ctx.actor.role,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    meta: input.meta,
  };
  return {
    Put: {
      TableName: tableName,
      Item: {
        pk: keys.auditDay(ctx.actor.practiceId, at.slice(0, 10)),
        sk: `${at}#${id}`,
        gsi1pk: keys.auditOfEntity(ctx.actor.practiceId, input.alsoEntityId ?? input.entityId),
        gsi1sk: `${at}#${id}`,
        type: "audit",
        ...event,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}
