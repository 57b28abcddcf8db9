import { describe, expect, it } from "vitest";
import { ingestMessages } from "@bedside/core/ingest/ingest-messages";
import { makeChannel, makePractice, signInAs, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

async function practiceWithConversation() {
  const deps = testDeps();
  const p = await makePractice(deps);
  const channel = await makeChannel(deps, p.practice.id, "sms", `+1555${uniqueId().slice(0, 7)}`);
  const [outcome] = await ingestMessages(deps, channel, [
    { platform: "sms", accountId: channel.accountId, kind: "sms", platformMessageId: uniqueId(), threadKey: uniqueId(), author: { handle: "+15555550123" }, text: "Is the clinic open on Monday?", sentAt: new Date().toISOString(), action: "created" },
  ]);
  return { ...p, deps, conversationId: outcome!.conversationId! };
}

type PresenceList = { items: Array<{ userId: string; name: string; role: string; activity: string }> };
const json = (auth: Record<string, string>) => ({ ...auth, "content-type": "application/json" });

describe("/api/conversations/{id}/presence", () => {
  it("two people on one conversation see each other, with what each is doing, until one leaves", async () => {
    const p = await practiceWithConversation();
    const app = testApp(p.deps);
    const [staff, physician] = await Promise.all([signInAs(app, p.users.staff.email), signInAs(app, p.users.physician.email)]);
    const url = `/api/conversations/${p.conversationId}/presence`;

    const first = await app.request(url, { method: "PUT", headers: json(staff.auth), body: JSON.stringify({ activity: "viewing" }) });
    expect(first.status).toBe(200);
    const second = (await (await app.request(url, { method: "PUT", headers: json(physician.auth), body: JSON.stringify({ activity: "editing" }) })).json()) as PresenceList;
    expect(second.items.map((x) => [x.name, x.role, x.activity])).toEqual([
      ["staff person", "staff", "viewing"],
      ["physician person", "physician", "editing"],
    ]);

    const left = await app.request(url, { method: "DELETE", headers: physician.auth });
    expect(left.status).toBe(204);
    const now = (await (await app.request(url, { headers: staff.auth })).json()) as PresenceList;
    expect(now.items.map((x) => x.userId)).toEqual([p.users.staff.id]);
  });

  it("refuses a bad activity, a conversation of another practice, and no session", async () => {
    const a = await practiceWithConversation();
    const b = await practiceWithConversation();
    const app = testApp(a.deps);
    const other = await signInAs(app, b.users.staff.email);
    const url = `/api/conversations/${a.conversationId}/presence`;
    expect((await app.request(url, { method: "PUT", headers: json(other.auth), body: JSON.stringify({ activity: "viewing" }) })).status).toBe(404);
    expect((await app.request(url, { method: "PUT", headers: json(other.auth), body: JSON.stringify({ activity: "dancing" }) })).status).toBe(400);
    expect((await app.request(url)).status).toBe(401);
  });
});
