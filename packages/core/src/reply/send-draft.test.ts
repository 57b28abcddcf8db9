import { describe, expect, it } from "vitest";
import { createDraft } from "../draft/create-draft.ts";
import { loadDraft, saveDraft } from "../draft/draft-store.ts";
import type { Draft } from "../draft/draft.ts";
import { routeAndIngest } from "../ingest/route-and-ingest.ts";
import { PlatformError, type PlatformSender, type SendReplyInput, type SendReplyResult } from "../platform/platform-client.ts";
import { makeChannel, makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { MAX_SEND_ATTEMPTS, MAY_HAVE_BEEN_POSTED, sendDraft } from "./send-draft.ts";

/**
 * What a platform does with one post: accept it, refuse it definitely (5xx, or never connected),
 * or accept it and time out before answering (the ambiguous case), or time out without applying it.
 */
type Step = "ok" | "http503" | "refused" | "accept-then-timeout" | "timeout-unapplied" | "bug";

/** An in-process platform that counts what it posted, keyed by the reply's idempotency key. */
function scriptedPlatform(steps: Step[], options: { canLookUp: boolean; lookUpFails?: boolean }) {
  const posted: Array<{ key: string; text: string; id: string }> = [];
  const calls: Step[] = [];
  const post = (input: SendReplyInput): SendReplyResult => {
    const id = `reply_${posted.length + 1}`;
    posted.push({ key: input.idempotencyKey, text: input.text, id });
    return { platformReplyId: id };
  };
  const sender: PlatformSender = {
    async sendReply(input) {
      const step = steps.shift() ?? "ok";
      calls.push(step);
      if (step === "ok") return post(input);
      if (step === "http503") throw new PlatformError("Fake answered 503", { status: 503, retryable: true });
      if (step === "refused") throw new PlatformError("Fake could not be reached", { retryable: true });
      if (step === "accept-then-timeout") {
        post(input);
        throw new PlatformError("Fake call timed out", { retryable: true, ambiguous: true });
      }
      if (step === "timeout-unapplied") throw new PlatformError("Fake call timed out", { retryable: true, ambiguous: true });
      throw new TypeError("Cannot read properties of undefined");
    },
  };
  if (options.canLookUp) {
    sender.findReply = async (input) => {
      if (options.lookUpFails) throw new PlatformError("Fake lookup failed", { retryable: true });
      const found = posted.find((p) => p.text === input.text && p.key === input.idempotencyKey);
      return found ? { platformReplyId: found.id } : null;
    };
  }
  return { sender, posted, calls };
}

/** A practice with a Facebook Page, one message, and its drafted reply approved and due. */
async function approvedDraft() {
  const clock = { now: Date.now() };
  const deps = { ...testDeps(), clock: () => new Date(clock.now) };
  const p = await makePractice(deps);
  const pageId = `page-${uniqueId()}`;
  await makeChannel(deps, p.practice.id, "facebook", pageId);
  const psid = `psid-${uniqueId()}`;
  const [outcome] = await routeAndIngest(deps, [
    { platform: "facebook", accountId: pageId, kind: "direct_message", platformMessageId: `m_${uniqueId()}`, threadKey: `dm:${psid}`, author: { handle: psid, platformId: psid }, text: "What time do you open on Saturdays?", sentAt: new Date(clock.now).toISOString(), action: "created" },
  ]);
  const ctx = { ...deps, actor: { userId: "sender", practiceId: p.practice.id, role: "system" as const } };
  const conversationId = outcome!.conversationId!;
  const drafted = (await createDraft(ctx, conversationId))!;
  const now = new Date(clock.now).toISOString();
  const approved = await saveDraft(ctx, drafted, { ...drafted, status: "approved", decidedAt: now, decidedBy: "test", version: drafted.version + 1, send: { ...drafted.send, nextAttemptAt: now } }, { action: "draft.approved", entityType: "draft", entityId: drafted.id });
  /** One outbox sweep for this draft, after the clock moves on by `ms` (past any backoff). */
  const sweep = async (senderOf: PlatformSender, ms = 0): Promise<Draft | null> => {
    clock.now += ms;
    return sendDraft(ctx, () => senderOf, { conversationId, draftId: approved.id });
  };
  const current = () => loadDraft(ctx, conversationId, approved.id);
  return { ctx, clock, conversationId, draft: approved, sweep, current };
}

const LATER = 10 * 60_000;

describe("sendDraft: every approved reply is posted exactly once or marked failed, never posted twice", () => {
  it("definite failures (a 5xx answer, a refused connection) are retried with backoff, then posted once", async () => {
    const s = await approvedDraft();
    const platform = scriptedPlatform(["http503", "refused", "ok"], { canLookUp: false });
    expect((await s.sweep(platform.sender))?.status).toBe("retrying");
    expect(await s.sweep(platform.sender)).toBeNull(); // not due yet: backoff
    expect((await s.sweep(platform.sender, LATER))?.status).toBe("retrying");
    const sent = await s.sweep(platform.sender, LATER);
    expect(sent?.status).toBe("sent");
    expect(await s.sweep(platform.sender, LATER)).toBeNull();
    expect(platform.posted).toHaveLength(1);
    expect((await s.current()).send).toMatchObject({ attempts: 3, platformReplyId: "reply_1", lastError: null });
  });

  it("after the last attempt of definite failures it is failed with the error shown, nothing posted", async () => {
    const s = await approvedDraft();
    const platform = scriptedPlatform(Array(MAX_SEND_ATTEMPTS).fill("http503"), { canLookUp: false });
    let last: Draft | null = null;
    for (let i = 0; i < MAX_SEND_ATTEMPTS; i++) last = (await s.sweep(platform.sender, LATER)) ?? last;
    expect(last?.status).toBe("failed");
    expect(last?.send.lastError).toBe("Fake answered 503");
    expect(await s.sweep(platform.sender, LATER)).toBeNull();
    expect(platform.posted).toHaveLength(0);
    expect(platform.calls).toHaveLength(MAX_SEND_ATTEMPTS);
  });

  it("accepted then timed out, on a platform it cannot ask: failed as 'may have been posted', never resent", async () => {
    const s = await approvedDraft();
    const platform = scriptedPlatform(["accept-then-timeout"], { canLookUp: false });
    const failed = await s.sweep(platform.sender);
    expect(failed?.status).toBe("failed");
    expect(failed?.send.lastError).toBe(`Fake call timed out: ${MAY_HAVE_BEEN_POSTED}`);
    expect(await s.sweep(platform.sender, LATER)).toBeNull();
    expect(platform.posted).toHaveLength(1);
    expect(platform.calls).toHaveLength(1);
  });

  it("accepted then timed out, on a platform it can ask: found there and recorded as sent, posted once", async () => {
    const s = await approvedDraft();
    const platform = scriptedPlatform(["accept-then-timeout"], { canLookUp: true });
    const sent = await s.sweep(platform.sender);
    expect(sent?.status).toBe("sent");
    expect(sent?.send.platformReplyId).toBe("reply_1");
    expect(await s.sweep(platform.sender, LATER)).toBeNull();
    expect(platform.posted).toHaveLength(1);
  });

  it("timed out without being applied, and the platform says it is not there: retried, then posted once", async () => {
    const s = await approvedDraft();
    const platform = scriptedPlatform(["timeout-unapplied", "ok"], { canLookUp: true });
    expect((await s.sweep(platform.sender))?.status).toBe("retrying");
    expect((await s.sweep(platform.sender, LATER))?.status).toBe("sent");
    expect(platform.posted).toHaveLength(1);
  });

  it("timed out and the lookup itself fails: failed as 'may have been posted', not resent", async () => {
    const s = await approvedDraft();
    const platform = scriptedPlatform(["accept-then-timeout"], { canLookUp: true, lookUpFails: true });
    const failed = await s.sweep(platform.sender);
    expect(failed?.status).toBe("failed");
    expect(failed?.send.lastError).toContain(MAY_HAVE_BEEN_POSTED);
    expect(await s.sweep(platform.sender, LATER)).toBeNull();
    expect(platform.posted).toHaveLength(1);
  });

  it("an unexpected error inside a sender counts as ambiguous, not as a safe retry", async () => {
    const s = await approvedDraft();
    const platform = scriptedPlatform(["bug", "ok"], { canLookUp: false });
    const failed = await s.sweep(platform.sender);
    expect(failed?.status).toBe("failed");
    expect(failed?.send.lastError).toContain(MAY_HAVE_BEEN_POSTED);
    expect(platform.calls).toEqual(["bug"]);
  });

  it("a sender that stopped mid-send (expired lease) is taken over by reconciling, never by posting again", async () => {
    const s = await approvedDraft();
    // A sender claimed the draft, posted it, and died before recording: the platform has it, the draft says `sending`.
    const platform = scriptedPlatform([], { canLookUp: true });
    const claimed = await s.current();
    await saveDraft(s.ctx, claimed, { ...claimed, status: "sending", version: claimed.version + 1, send: { ...claimed.send, attempts: 1, leaseUntil: new Date(s.clock.now + 60_000).toISOString() } }, { action: "test.crash", entityType: "draft", entityId: claimed.id });
    platform.posted.push({ key: claimed.id, text: claimed.text, id: "reply_1" });
    expect(await s.sweep(platform.sender, 30_000)).toBeNull(); // the lease still holds
    const taken = await s.sweep(platform.sender, 60_000);
    expect(taken?.status).toBe("sent");
    expect(taken?.send.platformReplyId).toBe("reply_1");
    expect(platform.posted).toHaveLength(1);
    expect(platform.calls).toEqual([]);
  });

  it("an expired lease on a platform it cannot ask: failed as 'may have been posted'", async () => {
    const s = await approvedDraft();
    const platform = scriptedPlatform([], { canLookUp: false });
    const d = await s.current();
    await saveDraft(s.ctx, d, { ...d, status: "sending", version: d.version + 1, send: { ...d.send, attempts: 1, leaseUntil: new Date(s.clock.now + 60_000).toISOString() } }, { action: "test.crash", entityType: "draft", entityId: d.id });
    const taken = await s.sweep(platform.sender, 2 * 60_000);
    expect(taken?.status).toBe("failed");
    expect(taken?.send.lastError).toContain(MAY_HAVE_BEEN_POSTED);
    expect(platform.calls).toEqual([]);
  });
});
