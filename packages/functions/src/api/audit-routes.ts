import { createRoute, z } from "@hono/zod-openapi";
import { listAuditEvents, AuditQuery as CoreQuery, type AuditRow } from "@bedside/core/audit/list-audit-events";
import { CSV_BOM, toCsv } from "@bedside/core/export/to-csv";
import type { AppDeps } from "../app-env.ts";
import { newRouter } from "./new-router.ts";
import { errorResponses } from "./schemas.ts";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Query = z.object({
  from: Day.optional(),
  to: Day.optional(),
  actor: z.string().max(80).optional(),
  action: z.string().max(80).optional(),
  entity: z.string().max(80).optional(),
  cursor: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
const Row = z
  .object({ id: z.string(), at: z.string(), actorId: z.string(), actorRole: z.string(), action: z.string(), entityType: z.string(), entityId: z.string(), meta: z.record(z.string(), z.unknown()).nullable() })
  .openapi("AuditRow");

const list = createRoute({
  method: "get",
  path: "/audit",
  tags: ["administration"],
  summary: "Audit events, newest first, filtered by actor, action (or prefix), entity and date; one bounded page",
  request: { query: Query },
  responses: { 200: { description: "A page", content: { "application/json": { schema: z.object({ items: z.array(Row), nextCursor: z.string().nullable(), from: z.string(), to: z.string() }) } } }, ...errorResponses },
});
const csv = createRoute({
  method: "get",
  path: "/audit.csv",
  tags: ["administration"],
  summary: "The filtered audit log as CSV (at most 20,000 events; narrow the range for more)",
  request: { query: Query.omit({ cursor: true, limit: true }) },
  responses: { 200: { description: "RFC 4180 CSV", content: { "text/csv": { schema: z.string() } } }, ...errorResponses },
});

export const AUDIT_CSV_MAX = 20_000;

/**
 * The audit log (admins). Read-only by design: there is no route that updates or deletes an
 * audit event, and every event is written with a condition that its key does not exist.
 */
export function auditRoutes(app: AppDeps) {
  const router = newRouter();
  router.openapi(list, async (c) => {
    const page = await listAuditEvents({ ...app.deps, actor: c.get("actor") }, c.req.valid("query"));
    return c.json(page as never, 200);
  });
  router.openapi(csv, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    const query = c.req.valid("query");
    const rows: AuditRow[] = [];
    let cursor: string | undefined;
    let range = { from: "", to: "" };
    do {
      const page = await listAuditEvents(ctx, { ...query, cursor, limit: CoreQuery.shape.limit.parse(200) });
      rows.push(...page.items);
      range = page;
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows.length < AUDIT_CSV_MAX);
    const body = toCsv(
      ["at", "id", "actor_id", "actor_role", "action", "entity_type", "entity_id", "details"],
      rows.slice(0, AUDIT_CSV_MAX).map((r) => [r.at, r.id, r.actorId, r.actorRole, r.action, r.entityType, r.entityId, r.meta ? JSON.stringify(r.meta) : ""]),
    );
    return c.body(CSV_BOM + body, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bedside-audit-${range.from}-to-${range.to}.csv"`,
      "Cache-Control": "private, no-store",
    });
  });
  return router;
}
