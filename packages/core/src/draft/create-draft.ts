import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { listArticles } from "../article/article-store.ts";
import { auditPut } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import type { Conversation, Message } from "../conversation/conversation.ts";
import { queryConversationItems } from "../conversation/get-conversation.ts";
import { toConversation, toMessage } from "../conversation/to-conversation.ts";
import { NotFound } from "../errors.ts";
import { PRIVATE_KINDS } from "../platform/platform.ts";
import { getPractice } from "../practice/get-practice.ts";
import { checkReply } from "../reply-safety/check-reply.ts";
import { withStore } from "../storage/store-errors.ts";
import { approversFor } from "./approval-policy.ts";
import { composeDraft } from "./compose-draft.ts";
import { draftKey, toDraft, type Draft } from "./draft.ts";

const OPEN: ReadonlySet<string> = new Set(["draft", "submitted", "rejected"]);

/**
 * Drafts a reply for the conversation's latest inbound message, from the practice's templates and
 * articles, and checks it. Any open draft is superseded (e.g. after a category change).
 * Returns null for `other` (no draft).
 */
export async function createDraft(ctx: Ctx, conversationId: string, justCreated?: { conversation: Conversation; message: Message }): Promise<Draft | null> {
  // A conversation ingest has just created holds that one message and no drafts yet: no need to read it back.
  const items = justCreated
    ? [{ ...justCreated.conversation, sk: "META" }, { ...justCreated.message, sk: "MSG#" }]
    : await queryConversationItems(ctx, conversationId);
  const meta = items.find((i) => i.sk === "META");
  if (!meta) throw new NotFound("No such conversation");
  const conversation: Conversation = toConversation(meta);
  const inbound: Message[] = items.filter((i) => String(i.sk).startsWith("MSG#")).map(toMessage).filter((m) => m.direction === "inbound");
  const latest = inbound[inbound.length - 1];
  if (!latest) return null;
  const [practice, articles] = await Promise.all([getPractice(ctx, ctx.actor.practiceId), listArticles({ ...ctx, actor: { ...ctx.actor, role: "system" } })]);
  const language = latest.triage?.language ?? conversation.language;
  const composed = composeDraft({ category: conversation.category, language, question: latest.text, practiceName: practice.name, settings: practice.settings, articles });
  const superseded = items.filter((i) => String(i.sk).startsWith("DRAFT#")).map(toDraft).filter((d) => OPEN.has(d.status));
  if (!composed) {
    await supersede(ctx, conversationId, superseded);
    return null;
  }
  const now = ctx.clock().toISOString();
  const draft: Draft = {
    id: ctx.newId("drf"),
    practiceId: ctx.actor.practiceId,
    conversationId,
    replyToMessageId: latest.id,
    category: conversation.category,
    language,
    text: composed.text,
    articleIds: composed.articleIds,
    needsArticle: composed.needsArticle,
    private: PRIVATE_KINDS.has(conversation.kind),
    safety: checkReply({ message: latest.text, reply: composed.text, category: conversation.category, language }),
    status: "draft",
    approvers: approversFor(conversation.category, practice.settings),
    override: null,
    createdAt: now,
    createdBy: ctx.actor.userId,
    updatedAt: now,
    submittedAt: null,
    submittedBy: null,
    decidedAt: null,
    decidedBy: null,
    rejectionReason: null,
    send: { attempts: 0, nextAttemptAt: null, lastError: null, platformReplyId: null, sentAt: null, leaseUntil: null },
    version: 1,
  };
  const table = ctx.store.tableName;
  await withStore(() =>
    ctx.store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: table, Item: { ...draftKey(draft.practiceId, conversationId, draft.id), type: "draft", ...draft } } },
          ...superseded.map((d) => supersedeUpdate(table, conversationId, d)),
          auditPut(ctx, {
            action: "draft.created",
            entityType: "draft",
            entityId: draft.id,
            alsoEntityId: conversationId,
            meta: { category: draft.category, safe: draft.safety.safe, articles: draft.articleIds.length },
          }),
        ],
      }),
    ),
  );
  return draft;
}

function supersedeUpdate(table: string, conversationId: string, d: Draft) {
  return {
    Update: {
      TableName: table,
      Key: draftKey(d.practiceId, conversationId, d.id),
      UpdateExpression: "SET #s = :s, version = version + :one REMOVE gsi1pk, gsi1sk",
      ConditionExpression: "version = :v",
      ExpressionAttributeNames: { "#s": "status" },
      ExpressionAttributeValues: { ":s": "superseded", ":one": 1, ":v": d.version },
    },
  };
}

/** Open drafts of a conversation whose category no longer calls for a reply are withdrawn. */
async function supersede(ctx: Ctx, conversationId: string, drafts: Draft[]): Promise<void> {
  if (drafts.length === 0) return;
  await withStore(() =>
    ctx.store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          ...drafts.map((d) => supersedeUpdate(ctx.store.tableName, conversationId, d)),
          auditPut(ctx, { action: "draft.withdrawn", entityType: "conversation", entityId: conversationId, meta: { drafts: drafts.length } }),
        ],
      }),
    ),
  );
}
