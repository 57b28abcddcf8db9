import { alertOnCall } from "@bedside/core/alert/alert-on-call";
import { systemActor, type Deps } from "@bedside/core/context";
import { createDraft } from "@bedside/core/draft/create-draft";
import type { RoutedOutcome } from "@bedside/core/ingest/route-and-ingest";
import type { SenderFor } from "@bedside/core/reply/send-draft";
import { log } from "../log.ts";

/**
 * What follows a stored message, outside its transaction: a drafted reply for the conversation,
 * and for an urgent message an immediate alert to the practice's on-call contact.
 */
export function createAfterIngest(deps: Deps, senderFor: SenderFor, publicUrl: string) {
  return async (practiceId: string, outcomes: RoutedOutcome[]) => {
    const ctx = { ...deps, actor: systemActor(practiceId, "drafter") };
    const conversations = new Map<string, RoutedOutcome>();
    for (const o of outcomes) if (o.status === "stored" && o.conversationId) conversations.set(o.conversationId, o);
    for (const [conversationId, outcome] of conversations) {
      const draft = await createDraft(ctx, conversationId, outcome.newConversation ? outcome.stored : undefined);
      log("draft.auto", { conversationId, drafted: Boolean(draft) });
      if (outcome.category === "urgent") {
        const result = await alertOnCall(ctx, senderFor, { conversationId, conversationUrl: `${publicUrl}/inbox/${conversationId}` });
        log("alert.on_call", { conversationId, result });
      }
    }
  };
}
