import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { recordAggregatesForConversation } from "../analytics/record-aggregates.ts";
import { auditPut, type AuditInput } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import { Conflict, NotFound } from "../errors.ts";
import { assertCan, type Permission } from "../membership/permissions.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { Category } from "../triage/category.ts";
import type { Conversation } from "./conversation.ts";
import { inboxIndexAttributes } from "./inbox-index.ts";
import { toConversation } from "./to-conversation.ts";

export const UpdateConversationInput = z.object({
  version: z.number().int().positive(),
  /** Staff overrule the engine; the engine's own answer stays beside it (engineCategory). */
  category: Category.optional(),
  status: z.enum(["open", "done"]).optional(),
  assigneeId: z.string().max(64).nullable().optional(),
});
export type UpdateConversationInput = z.input<typeof UpdateConversationInput>;

/**
 * Triage (category), status and assignment changes by staff. The version must match: a second
 * person acting on the same conversation gets 409 with the current one, never a silent overwrite.
 * Each change is its own audit event, in the same transaction.
 */
export async function updateConversation(ctx: Ctx, conversationId: string, raw: UpdateConversationInput): Promise<{ conversation: Conversation; categoryChanged: boolean }> {
  const input = UpdateConversationInput.parse(raw);
  const role = ctx.actor.role;
  const needs: Permission[] = [];
  if (input.category !== undefined) needs.push("conversation.triage");
  if (input.status !== undefined) needs.push("conversation.triage");
  if (input.assigneeId !== undefined) needs.push("conversation.assign");
  if (role !== "system") for (const p of needs) assertCan(role, p);
  const key = keys.conversation(ctx.actor.practiceId, conversationId);
  const res = await withStore(() => ctx.store.doc.send(new GetCommand({ TableName: ctx.store.tableName, Key: key, ConsistentRead: true })));
  if (!res.Item) throw new NotFound("No such conversation");
  const current = toConversation(res.Item);
  if (current.version !== input.version) throw new Conflict("Someone else changed this conversation first; here is the current version", current);
  const next: Conversation = {
    ...current,
    category: input.category ?? current.category,
    reasons: input.category && input.category !== current.category ? [`set by staff (engine said ${current.engineCategory})`] : current.reasons,
    status: input.status ?? current.status,
    assigneeId: input.assigneeId !== undefined ? input.assigneeId : current.assigneeId,
    version: current.version + 1,
  };
  const audits: AuditInput[] = [];
  if (next.category !== current.category)
    audits.push({ action: "conversation.category_changed", entityType: "conversation", entityId: conversationId, meta: { from: current.category, to: next.category, engine: current.engineCategory } });
  if (next.status !== current.status) audits.push({ action: next.status === "done" ? "conversation.done" : "conversation.reopened", entityType: "conversation", entityId: conversationId });
  if (next.assigneeId !== current.assigneeId) audits.push({ action: "conversation.assigned", entityType: "conversation", entityId: conversationId, meta: { assigneeId: next.assigneeId } });
  if (audits.length === 0) return { conversation: current, categoryChanged: false };
  try {
    await withStore(() =>
      ctx.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: ctx.store.tableName,
                Item: { ...key, type: "conversation", ...next, ...inboxIndexAttributes(next) },
                ConditionExpression: "version = :v",
                ExpressionAttributeValues: { ":v": current.version },
              },
            },
            ...audits.map((a) => auditPut(ctx, a)),
          ],
        }),
      ),
    );
  } catch (error) {
    if (error instanceof Conflict) {
      const fresh = await ctx.store.doc.send(new GetCommand({ TableName: ctx.store.tableName, Key: key, ConsistentRead: true }));
      throw new Conflict("Someone else changed this conversation first; here is the current version", fresh.Item ? toConversation(fresh.Item) : undefined);
    }
    throw error;
  }
  await recordAggregatesForConversation(ctx, ctx.actor.practiceId, next, current);
  return { conversation: next, categoryChanged: next.category !== current.category };
}
