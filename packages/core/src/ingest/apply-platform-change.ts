import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { auditPut } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import type { TriageSnapshot } from "../conversation/conversation.ts";
import type { InboundMessage } from "../platform/inbound-message.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import type { IngestOutcome } from "./ingest-messages.ts";

/**
 * An edit or deletion made on the platform: updates (and re-triages) or marks the stored message.
 * Returns null when the message was never stored, so an edit is stored as new.
 */
export async function applyPlatformChange(
  ctx: Ctx,
  input: InboundMessage,
  triage: (input: InboundMessage) => TriageSnapshot,
): Promise<IngestOutcome | null> {
  const table = ctx.store.tableName;
  const practiceId = ctx.actor.practiceId;
  const seen = await withStore(() =>
    ctx.store.doc.send(new GetCommand({ TableName: table, Key: keys.platformMessage(practiceId, input.platform, input.platformMessageId) })),
  );
  if (!seen.Item) return null;
  const { conversationId, messageId, messageSk } = seen.Item as { conversationId: string; messageId: string; messageSk: string };
  const key = { pk: keys.conversationItems(practiceId, conversationId).pk, sk: messageSk };
  const update =
    input.action === "deleted"
      ? { UpdateExpression: "SET deleted = :t", ExpressionAttributeValues: { ":t": true } }
      : { UpdateExpression: "SET #x = :x, edited = :t, triage = :tr", ExpressionAttributeNames: { "#x": "text" }, ExpressionAttributeValues: { ":x": input.text, ":t": true, ":tr": triage(input) } };
  await withStore(() =>
    ctx.store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Update: { TableName: table, Key: key, ...update } },
          auditPut(ctx, {
            action: input.action === "deleted" ? "message.deleted_on_platform" : "message.edited_on_platform",
            entityType: "message",
            entityId: messageId,
            alsoEntityId: conversationId,
          }),
        ],
      }),
    ),
  );
  return { status: "updated", conversationId, messageId };
}
