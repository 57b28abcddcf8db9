import { describe, expect, it } from "vitest";
import { ingestMessages } from "@bedside/core/ingest/ingest-messages";
import type { InboundMessage } from "@bedside/core/platform/inbound-message";
import { makeChannel, makePractice, signInAs, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

function inbound(accountId: string, text: string, minutesAgo: number, thread = uniqueId()): InboundMessage {
  return {
    platform: "sms",
    accountId,
    kind: "sms",
    platformMessageId: uniqueId(),
    threadKey: thread,
    author: { handle: "+15555550123" },
    text,
    sentAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    action: "created",
  };
}

async function practiceWithInbox(texts: Array<[string, number]>) {
  const deps = testDeps();
  const p = await makePractice(deps);
  const channel = await makeChannel(deps, p.practice.id, "sms", `+1555${uniqueId().slice(0, 7)}`);
  await ingestMessages(deps, channel, texts.map(([t, m]) => inbound(channel.accountId, t, m)));
  return { ...p, deps, channel };
}

type Page = { items: Array<{ id: string; category: string; preview: string }>; nextCursor: string | null };

describe("GET /api/conversations", () => {
  it("orders the open inbox urgent first, then personal, then the rest, oldest waiting first", async () => {
    const { users, deps } = await practiceWithInbox([
      ["What are your hours on Saturday?", 50],
      ["At what age should mammograms start?", 40],
      ["My chest hurts right now and my left arm is numb", 5],
      ["My son has had an ear infection for a week, should he stay on amoxicillin?", 30],
    ]);
    const app = testApp(deps);
    const { auth } = await signInAs(app, users.staff.email);
    const page = (await (await app.request("/api/conversations", { headers: auth })).json()) as Page;
    expect(page.items.map((i) => i.category)).toEqual(["urgent", "personal", "logistics", "education"]);
  });

  it("filters by category and pages with a cursor", async () => {
    const { users, deps } = await practiceWithInbox(
      Array.from({ length: 7 }, (_, i) => [`Do you take Aetna insurance? (${i})`, 60 - i] as [string, number]),
    );
    const app = testApp(deps);
    const { auth } = await signInAs(app, users.staff.email);
    const first = (await (await app.request("/api/conversations?category=logistics&limit=4", { headers: auth })).json()) as Page;
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).toBeTruthy();
    const second = (await (await app.request(`/api/conversations?category=logistics&limit=4&cursor=${first.nextCursor}`, { headers: auth })).json()) as Page;
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(7);
    const none = (await (await app.request("/api/conversations?category=urgent", { headers: auth })).json()) as Page;
    expect(none.items).toHaveLength(0);
  });

  it("a user of another practice never sees this practice's conversations, by list, id or cursor", async () => {
    const riverside = await practiceWithInbox(Array.from({ length: 3 }, (_, i) => [`Is there parking near you? ${i}`, 10 + i] as [string, number]));
    const lakeside = await practiceWithInbox([["Do you see kids on Saturdays?", 5]]);
    const app = testApp(riverside.deps);
    const own = await signInAs(app, riverside.users.staff.email);
    const ownPage = (await (await app.request("/api/conversations?limit=2", { headers: own.auth })).json()) as Page;
    const foreign = await signInAs(app, lakeside.users.admin.email);
    const list = (await (await app.request("/api/conversations", { headers: foreign.auth })).json()) as Page;
    expect(list.items.map((i) => i.preview)).toEqual(["Do you see kids on Saturdays?"]);
    const byId = await app.request(`/api/conversations/${ownPage.items[0].id}`, { headers: foreign.auth });
    expect(byId.status).toBe(404);
    const byCursor = await app.request(`/api/conversations?limit=2&cursor=${ownPage.nextCursor}`, { headers: foreign.auth });
    expect(byCursor.status).toBe(400);
  });

  it("returns one conversation with its messages, and 404 for an unknown id", async () => {
    const { users, deps } = await practiceWithInbox([["Can I get a flu shot without an appointment?", 3]]);
    const app = testApp(deps);
    const { auth } = await signInAs(app, users.physician.email);
    const page = (await (await app.request("/api/conversations", { headers: auth })).json()) as Page;
    const res = await app.request(`/api/conversations/${page.items[0].id}`, { headers: auth });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { messages: Array<{ text: string; direction: string }> };
    expect(body.messages).toEqual([expect.objectContaining({ text: "Can I get a flu shot without an appointment?", direction: "inbound" })]);
    expect((await app.request("/api/conversations/cnv_00000000000000000000000000", { headers: auth })).status).toBe(404);
  });

  it("lists every route in the OpenAPI document", async () => {
    const { users, deps } = await practiceWithInbox([]);
    const app = testApp(deps);
    const { auth } = await signInAs(app, users.admin.email);
    const doc = (await (await app.request("/api/openapi.json", { headers: auth })).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/auth/login", "/auth/me", "/conversations", "/conversations/{id}"]));
  });
});
