import { describe, expect, it } from "vitest";
import { listEntityEvents } from "../audit/list-entity-events.ts";
import type { Ctx } from "../context.ts";
import { ingestMessages } from "../ingest/ingest-messages.ts";
import { makeChannel, makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { addNote } from "./add-note.ts";
import { listNotes } from "./list-notes.ts";

async function practiceWithConversation() {
  const p = await makePractice(testDeps());
  const channel = await makeChannel(p.deps, p.practice.id, "sms", `+1555${uniqueId().slice(0, 7)}`);
  const [outcome] = await ingestMessages(p.deps, channel, [
    { platform: "sms", accountId: channel.accountId, kind: "sms", platformMessageId: uniqueId(), threadKey: uniqueId(), author: { handle: "+15555550123" }, text: "Can I get my lab results?", sentAt: new Date().toISOString(), action: "created" },
  ]);
  return { ...p, conversationId: outcome!.conversationId! };
}

const as = (p: Awaited<ReturnType<typeof practiceWithConversation>>, role: "staff" | "physician"): Ctx => ({
  ...p.deps,
  actor: { userId: p.users[role].id, practiceId: p.practice.id, role },
});

describe("internal notes", () => {
  it("keeps notes in order with their authors and records each in the history without its text", async () => {
    const p = await practiceWithConversation();
    const first = await addNote(as(p, "staff"), p.conversationId, { text: "  Called back, left a voicemail.  ", authorName: "Maria" });
    await addNote(as(p, "physician"), p.conversationId, { text: "Results are in; I will call them myself.", authorName: "Dr. Sam" });
    expect(first.text).toBe("Called back, left a voicemail.");
    const notes = await listNotes(as(p, "staff"), p.conversationId);
    expect(notes.map((n) => [n.authorName, n.authorRole, n.text])).toEqual([
      ["Maria", "staff", "Called back, left a voicemail."],
      ["Dr. Sam", "physician", "Results are in; I will call them myself."],
    ]);
    const events = (await listEntityEvents(as(p, "staff"), p.conversationId)).filter((e) => e.action === "conversation.note_added");
    expect(events.map((e) => e.entityId)).toEqual(notes.map((n) => n.id));
    expect(JSON.stringify(events)).not.toContain("voicemail");
  });

  it("refuses an empty or overlong note, and a conversation of another practice", async () => {
    const a = await practiceWithConversation();
    const b = await practiceWithConversation();
    await expect(addNote(as(a, "staff"), a.conversationId, { text: "   ", authorName: "Maria" })).rejects.toThrow();
    await expect(addNote(as(a, "staff"), a.conversationId, { text: "x".repeat(2001), authorName: "Maria" })).rejects.toThrow();
    await expect(addNote(as(b, "staff"), a.conversationId, { text: "hello", authorName: "Eve" })).rejects.toMatchObject({ code: "not_found" });
    await expect(listNotes(as(b, "staff"), a.conversationId)).rejects.toMatchObject({ code: "not_found" });
    expect(await listNotes(as(a, "staff"), a.conversationId)).toEqual([]);
  });
});
