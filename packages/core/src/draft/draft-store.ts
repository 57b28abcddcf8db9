import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { auditPut, type AuditInput } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import { Conflict, NotFound } from "../errors.ts";
import { withStore } from "../storage/store-errors.ts";
import { approvalQueueKey, draftKey, OUTBOX_KEY, toDraft, type Draft } from "./draft.ts";

export async function loadDraft(ctx: Ctx, conversationId: string, draftId: string): Promise<Draft> {
  if (!/^drf_[0-9a-z]{26}$/.test(draftId) || !/^cnv_[0-9a-z]{26}$/.test(conversationId)) throw new NotFound("No such draft");
  const res = await withStore(() =>
    ctx.store.doc.send(new GetCommand({ TableName: ctx.store.tableName, Key: draftKey(ctx.actor.practiceId, conversationId, draftId), ConsistentRead: true })),
  );
  if (!res.Item) throw new NotFound("No such draft");
  return toDraft(res.Item);
}

/** Index attributes that place a draft in the approval queue or the outbox, by status. */
function indexAttributes(d: Draft) {
  const attrs: Record<string, string> = {};
  if (d.status === "submitted") {
    attrs.gsi1pk = approvalQueueKey(d.practiceId);
    attrs.gsi1sk = `${d.submittedAt}#${d.id}`;
  }
  if (d.status === "approved" || d.status === "retrying" || d.status === "sending") {
    attrs.gsi3pk = OUTBOX_KEY;
    attrs.gsi3sk = `${d.send.nextAttemptAt ?? d.decidedAt ?? d.updatedAt}#${d.practiceId}#${d.conversationId}#${d.id}`;
  }
  return attrs;
}

/**
 * Writes the next state of a draft if nobody changed it since `current` was read (409 with the
 * current version otherwise), with its audit event and any other items, in one transaction.
 */
export async function saveDraft(ctx: Ctx, current: Draft, next: Draft, audit: AuditInput, also: unknown[] = []): Promise<Draft> {
  const table = ctx.store.tableName;
  try {
    await withStore(() =>
      ctx.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: { ...draftKey(next.practiceId, next.conversationId, next.id), type: "draft", ...next, ...indexAttributes(next) },
                ConditionExpression: "version = :v",
                ExpressionAttributeValues: { ":v": current.version },
              },
            },
            auditPut(ctx, { ...audit, alsoEntityId: next.conversationId }),
            ...(also as never[]),
          ],
        }),
      ),
    );
  } catch (error) {
    if (error instanceof Conflict) {
      const fresh = await loadDraft(ctx, current.conversationId, current.id);
      throw new Conflict("Someone else changed this draft first; here is the current version", fresh);
    }
    throw error;
  }
  return next;
}
