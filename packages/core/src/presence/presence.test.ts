import { describe, expect, it } from "vitest";
import type { Ctx } from "../context.ts";
import { ingestMessages } from "../ingest/ingest-messages.ts";
import { getConversation } from "../conversation/get-conversation.ts";
import { makeChannel, makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { clearPresence } from "./clear-presence.ts";
import { listPresence } from "./list-presence.ts";
import { PRESENCE_TTL_SECONDS } from "./presence.ts";
import { recordPresence } from "./record-presence.ts";

async function practiceWithConversation() {
  const p = await makePractice(testDeps());
  const channel = await makeChannel(p.deps, p.practice.id, "sms", `+1555${uniqueId().slice(0, 7)}`);
  const [outcome] = await ingestMessages(p.deps, channel, [
    { platform: "sms", accountId: channel.accountId, kind: "sms", platformMessageId: uniqueId(), threadKey: uniqueId(), author: { handle: "+15555550123" }, text: "What are your hours?", sentAt: new Date().toISOString(), action: "created" },
  ]);
  return { ...p, conversationId: outcome!.conversationId! };
}

/** A context for one of the practice's users whose clock can be moved. */
function as(p: Awaited<ReturnType<typeof practiceWithConversation>>, role: "staff" | "physician", at: () => Date): Ctx {
  return { ...p.deps, clock: at, actor: { userId: p.users[role].id, practiceId: p.practice.id, role } };
}

describe("presence on a conversation", () => {
  it("lists who is viewing and who is editing, and forgets a heartbeat once it expires", async () => {
    const p = await practiceWithConversation();
    let now = new Date();
    const clock = () => now;
    await recordPresence(as(p, "staff", clock), p.conversationId, { activity: "viewing", name: "Maria" });
    await recordPresence(as(p, "physician", clock), p.conversationId, { activity: "editing", name: "Sam" });
    expect((await listPresence(as(p, "staff", clock), p.conversationId)).map((x) => [x.name, x.activity])).toEqual([
      ["Maria", "viewing"],
      ["Sam", "editing"],
    ]);

    // A second heartbeat replaces the first: one item per person.
    await recordPresence(as(p, "staff", clock), p.conversationId, { activity: "editing", name: "Maria" });
    expect((await listPresence(as(p, "staff", clock), p.conversationId)).filter((x) => x.name === "Maria")).toHaveLength(1);

    // Past the TTL window nobody is shown, even before DynamoDB's lazy TTL deletes the items.
    now = new Date(now.getTime() + (PRESENCE_TTL_SECONDS + 1) * 1000);
    expect(await listPresence(as(p, "staff", clock), p.conversationId)).toEqual([]);
  });

  it("clears a person at once when they leave, and leaves the conversation itself alone", async () => {
    const p = await practiceWithConversation();
    const clock = () => new Date();
    await recordPresence(as(p, "staff", clock), p.conversationId, { activity: "viewing", name: "Maria" });
    await recordPresence(as(p, "physician", clock), p.conversationId, { activity: "viewing", name: "Sam" });
    await clearPresence(as(p, "staff", clock), p.conversationId);
    expect((await listPresence(as(p, "physician", clock), p.conversationId)).map((x) => x.name)).toEqual(["Sam"]);
    const { messages } = await getConversation(as(p, "staff", clock), p.conversationId);
    expect(messages).toHaveLength(1);
  });

  it("refuses a conversation that is not in the actor's practice", async () => {
    const a = await practiceWithConversation();
    const b = await practiceWithConversation();
    const clock = () => new Date();
    await expect(recordPresence(as(b, "staff", clock), a.conversationId, { activity: "viewing", name: "Eve" })).rejects.toMatchObject({ code: "not_found" });
    await expect(recordPresence(as(b, "staff", clock), "cnv_nope", { activity: "viewing", name: "Eve" })).rejects.toMatchObject({ code: "not_found" });
    expect(await listPresence(as(a, "staff", clock), a.conversationId)).toEqual([]);
  });
});
