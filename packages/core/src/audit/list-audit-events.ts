import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { addDays, DAY_PATTERN, daysInRange } from "../analytics/local-day.ts";
import type { Ctx } from "../context.ts";
import { Invalid } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import type { AuditEvent } from "./audit-event.ts";

export const AuditQuery = z.object({
  from: z.string().regex(DAY_PATTERN).optional(),
  to: z.string().regex(DAY_PATTERN).optional(),
  actor: z.string().max(80).optional(),
  /** An action or a prefix of one: `draft.` matches every draft action. */
  action: z.string().max(80).optional(),
  entity: z.string().max(80).optional(),
  cursor: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.input<typeof AuditQuery>;

/** Per request at most this many items are read and this many day partitions visited; the cursor continues. */
export const AUDIT_READ_BUDGET = 1000;
export const AUDIT_DAYS_PER_PAGE = 31;
const MAX_RANGE_DAYS = 3660;

export type AuditRow = Omit<AuditEvent, "practiceId">;
const FIELDS = ["id", "at", "actorId", "actorRole", "action", "entityType", "entityId", "meta"] as const;
type Cursor = { day: string; key?: Record<string, string> };

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decode(s: string, practiceId: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as Cursor;
    if (!DAY_PATTERN.test(c.day)) throw new Error();
    // A cursor can only point into this practice's audit partitions.
    if (c.key && (c.key.pk !== keys.auditDay(practiceId, c.day) || typeof c.key.sk !== "string")) throw new Error();
    return c;
  } catch {
    throw new Invalid("The cursor is not valid");
  }
}

/**
 * The practice's audit events, newest first, one Query per day partition (`P#<prc>#AUDIT#<day>`,
 * UTC days) with the filters applied inside the Query. A page stops at `limit` events, the read
 * budget or 31 days, whichever comes first, and says where to continue. Admins only.
 */
export async function listAuditEvents(ctx: Ctx, raw: AuditQuery): Promise<{ items: AuditRow[]; nextCursor: string | null; from: string; to: string }> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "audit.read");
  const q = AuditQuery.parse(raw);
  const to = q.to ?? ctx.clock().toISOString().slice(0, 10);
  const from = q.from ?? addDays(to, -29);
  if (from > to || daysInRange(from, to) > MAX_RANGE_DAYS) throw new Invalid("Choose a range that starts before it ends, of at most ten years");
  const cursor = q.cursor ? decode(q.cursor, ctx.actor.practiceId) : { day: to };
  const filters: string[] = [];
  const values: Record<string, string> = {};
  if (q.actor) (filters.push("actorId = :actor"), (values[":actor"] = q.actor));
  if (q.action) (filters.push("begins_with(#action, :action)"), (values[":action"] = q.action));
  if (q.entity) (filters.push("entityId = :entity"), (values[":entity"] = q.entity));
  const items: Record<string, unknown>[] = [];
  let day = cursor.day > to ? to : cursor.day;
  let start: Record<string, unknown> | undefined = cursor.key;
  let read = 0;
  let visited = 0;
  while (day >= from && items.length < q.limit && read < AUDIT_READ_BUDGET && visited < AUDIT_DAYS_PER_PAGE) {
    const res = await withStore(() =>
      ctx.store.doc.send(
        new QueryCommand({
          TableName: ctx.store.tableName,
          KeyConditionExpression: "pk = :pk",
          ...(filters.length ? { FilterExpression: filters.join(" AND ") } : {}),
          ...(q.action ? { ExpressionAttributeNames: { "#action": "action" } } : {}),
          ExpressionAttributeValues: { ":pk": keys.auditDay(ctx.actor.practiceId, day), ...values },
          ScanIndexForward: false,
          Limit: Math.min(AUDIT_READ_BUDGET - read, 250),
          ExclusiveStartKey: start,
        }),
      ),
    );
    read += res.ScannedCount ?? 0;
    items.push(...(res.Items ?? []));
    if (items.length > q.limit) {
      items.length = q.limit;
      const last = items[items.length - 1];
      return { items: items.map(row), nextCursor: encode({ day, key: { pk: String(last.pk), sk: String(last.sk) } }), from, to };
    }
    if (res.LastEvaluatedKey) start = res.LastEvaluatedKey;
    else {
      day = addDays(day, -1);
      start = undefined;
      visited++;
    }
  }
  const more = day >= from;
  return { items: items.map(row), nextCursor: more ? encode({ day, key: start as Record<string, string> | undefined }) : null, from, to };
}

function row(item: Record<string, unknown>): AuditRow {
  return Object.fromEntries(FIELDS.map((f) => [f, item[f] ?? null])) as AuditRow;
}
