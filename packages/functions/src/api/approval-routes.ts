import { createRoute, z } from "@hono/zod-openapi";
import { newRouter } from "./new-router.ts";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { listApprovals } from "@bedside/core/draft/list-approvals";
import { repliedMessageText } from "@bedside/core/draft/replied-message";
import { keys } from "@bedside/core/storage/keys";
import { toConversation } from "@bedside/core/conversation/to-conversation";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { DraftBody } from "./draft-schemas.ts";
import { presentConversation } from "./present.ts";
import { ConversationSummary, errorResponses } from "./schemas.ts";

const ApprovalItem = z.object({ draft: DraftBody, conversation: ConversationSummary, message: z.string() }).openapi("ApprovalItem");

const list = createRoute({
  method: "get",
  path: "/approvals",
  tags: ["replies"],
  responses: { 200: { description: "Drafts awaiting the caller's decision, oldest first", content: { "application/json": { schema: z.object({ items: z.array(ApprovalItem) }) } } }, ...errorResponses },
});

/** The approval queue: each draft with the message it answers, its safety result and the triage reasons. */
export function approvalRoutes(app: AppDeps) {
  const router = newRouter();
  router.openapi(list, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    const drafts = await listApprovals(ctx);
    const items = await Promise.all(
      drafts.map(async (draft) => {
        const [meta, message] = await Promise.all([
          ctx.store.doc.send(new GetCommand({ TableName: ctx.store.tableName, Key: keys.conversation(ctx.actor.practiceId, draft.conversationId) })),
          repliedMessageText(ctx, draft),
        ]);
        return { draft, conversation: presentConversation(toConversation(meta.Item ?? {})), message };
      }),
    );
    return c.json({ items }, 200);
  });
  return router;
}
