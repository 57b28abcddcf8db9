import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Ctx } from "../context.ts";
import { Invalid } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { Platform } from "../platform/platform.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { Category } from "../triage/category.ts";
import type { Conversation } from "./conversation.ts";
import { toConversation } from "./to-conversation.ts";

export const ListConversationsInput = z.object({
  status: z.enum(["open", "done"]).default("open"),
  category: Category.optional(),
  platform: Platform.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2000).optional(),
  /** Last message on or after this day (UTC, yyyy-mm-dd). */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Last message on or before this day (UTC, yyyy-mm-dd). */
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** A user id, or "none" for unassigned. */
  assignee: z.string().max(64).optional(),
});
export type ListConversationsInput = z.input<typeof ListConversationsInput>;

function decodeCursor(cursor: string, hashAttribute: string, hashValue: string): Record<string, unknown> {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Record<string, unknown>;
    // A cursor only continues the same list of the caller's own practice.
    if (key[hashAttribute] !== hashValue || typeof key.pk !== "string" || !key.pk.startsWith(hashValue.split("#INBOX#")[0] + "#")) {
      throw new Error("foreign cursor");
    }
    return key;
  } catch {
    throw new Invalid("The cursor is not valid; start again from the first page");
  }
}

/** One page of the inbox: a Query on the index that fits the filters, never a scan. */
export async function listConversations(ctx: Ctx, raw: ListConversationsInput) {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "conversation.read");
  const input = ListConversationsInput.parse(raw);
  const practiceId = ctx.actor.practiceId;
  const byCategory = input.category !== undefined;
  const byPlatform = !byCategory && input.platform !== undefined;
  const index = byCategory ? "gsi2" : byPlatform ? "gsi3" : "gsi1";
  const hashValue = byCategory
    ? keys.inboxByCategory(practiceId, input.status, input.category!)
    : byPlatform
      ? keys.inboxByPlatform(practiceId, input.status, input.platform!)
      : keys.inboxByPriority(practiceId, input.status);
  const filterPlatform = byCategory && input.platform !== undefined;
  // Date range and assignee narrow the same Query (a filter on the page read, never a scan); a
  // filtered page can hold fewer than `limit` items while nextCursor still continues the list.
  const filters: string[] = [];
  const values: Record<string, unknown> = {};
  const where = (expression: string, name?: string, value?: unknown) => {
    filters.push(expression);
    if (name) values[name] = value;
  };
  if (filterPlatform) where("platform = :pl", ":pl", input.platform);
  if (input.from) where("lastMessageAt >= :from", ":from", input.from);
  if (input.to) where("lastMessageAt < :to", ":to", nextDay(input.to));
  if (input.assignee === "none") where("(attribute_not_exists(assigneeId) OR assigneeId = :none)", ":none", null);
  else if (input.assignee) where("assigneeId = :as", ":as", input.assignee);
  const res = await withStore(() =>
    ctx.store.doc.send(
      new QueryCommand({
        TableName: ctx.store.tableName,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :h`,
        ExpressionAttributeValues: { ":h": hashValue, ...values },
        ...(filters.length ? { FilterExpression: filters.join(" AND ") } : {}),
        ScanIndexForward: index === "gsi1" && input.status === "open",
        Limit: input.limit,
        ExclusiveStartKey: input.cursor ? decodeCursor(input.cursor, `${index}pk`, hashValue) : undefined,
      }),
    ),
  );
  const items: Conversation[] = (res.Items ?? []).map(toConversation);
  const nextCursor = res.LastEvaluatedKey
    ? Buffer.from(JSON.stringify(res.LastEvaluatedKey)).toString("base64url")
    : null;
  return { items, nextCursor };
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
