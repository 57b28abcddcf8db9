import { describe, expect, it } from "vitest";
import { ingestMessages } from "@bedside/core/ingest/ingest-messages";
import { makeChannel, makePractice, signInAs, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

async function practiceWithConversation() {
  const deps = testDeps();
  const p = await makePractice(deps);
  const channel = await makeChannel(deps, p.practice.id, "sms", `+1555${uniqueId().slice(0, 7)}`);
  const [outcome] = await ingestMessages(deps, channel, [
    { platform: "sms", accountId: channel.accountId, kind: "sms", platformMessageId: uniqueId(), threadKey: uniqueId(), author: { handle: "+15555550123" }, text: "Can I get a copy of my records?", sentAt: new Date().toISOString(), action: "created" },
  ]);
  return { ...p, deps, conversationId: outcome!.conversationId! };
}

type Notes = { items: Array<{ authorName: string; authorRole: string; text: string }> };

describe("/api/conversations/{id}/notes", () => {
  it("adds a note under the signed-in user's name, lists it, and records it in the history", async () => {
    const p = await practiceWithConversation();
    const app = testApp(p.deps);
    const { auth } = await signInAs(app, p.users.staff.email);
    const url = `/api/conversations/${p.conversationId}/notes`;
    const res = await app.request(url, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ text: "Records request form sent by email." }) });
    expect(res.status).toBe(201);
    const notes = (await (await app.request(url, { headers: auth })).json()) as Notes;
    expect(notes.items.map((n) => [n.authorName, n.authorRole, n.text])).toEqual([["staff person", "staff", "Records request form sent by email."]]);
    const history = (await (await app.request(`/api/conversations/${p.conversationId}/history`, { headers: auth })).json()) as { items: Array<{ action: string }> };
    expect(history.items.map((e) => e.action)).toContain("conversation.note_added");
    expect(JSON.stringify(history)).not.toContain("Records request form");
  });

  it("refuses an empty note and another practice's conversation", async () => {
    const a = await practiceWithConversation();
    const b = await practiceWithConversation();
    const app = testApp(a.deps);
    const mine = await signInAs(app, a.users.staff.email);
    const other = await signInAs(app, b.users.staff.email);
    const url = `/api/conversations/${a.conversationId}/notes`;
    const post = (auth: Record<string, string>, text: string) =>
      app.request(url, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ text }) });
    expect((await post(mine.auth, "   ")).status).toBe(400);
    expect((await post(other.auth, "hello")).status).toBe(404);
    expect((await app.request(url, { headers: other.auth })).status).toBe(404);
  });
});
