import { systemActor, type Deps } from "@bedside/core/context";
import { dueDrafts } from "@bedside/core/reply/due-drafts";
import { sendDraft, type SenderFor, type SendPolicy } from "@bedside/core/reply/send-draft";
import { log } from "../log.ts";

/** Sends every approved reply that is due (first attempts and retries), one by one. */
export async function sendDueReplies(deps: Deps, senderFor: SenderFor, scope: { practiceId?: string } = {}, policy: SendPolicy = {}): Promise<{ sent: number; failed: number; retrying: number }> {
  const counts = { sent: 0, failed: 0, retrying: 0 };
  for (const due of await dueDrafts(deps, scope)) {
    const ctx = { ...deps, actor: systemActor(due.practiceId, "sender") };
    const result = await sendDraft(ctx, senderFor, { conversationId: due.conversationId, draftId: due.draftId }, policy).catch((error: Error) => {
      log("reply.send_crashed", { draftId: due.draftId, error: error.name });
      return null;
    });
    if (result?.status === "sent") counts.sent++;
    else if (result?.status === "failed") counts.failed++;
    else if (result?.status === "retrying") counts.retrying++;
    if (result) log("reply.send", { draftId: due.draftId, status: result.status, attempts: result.send.attempts });
  }
  return counts;
}

/**
 * The in-process queue of `npm start` (on AWS a Cron runs the same sweep): an approval kicks a
 * sweep at once; a timer picks up retries when they fall due. Sweeps never overlap.
 */
export function createOutbox(deps: Deps, senderFor: SenderFor, intervalMs = 5_000, policy: SendPolicy = {}) {
  let running: Promise<unknown> | null = null;
  let again = false;
  const sweep = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = sendDueReplies(deps, senderFor, {}, policy).catch(() => undefined);
    await running;
    running = null;
    if (again) {
      again = false;
      await sweep();
    }
  };
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return { kick: () => void sweep(), sweep, stop: () => clearInterval(timer) };
}
