import { describe, expect, it } from "vitest";
import { ingestMessages } from "@bedside/core/ingest/ingest-messages";
import type { InboundMessage } from "@bedside/core/platform/inbound-message";
import { makeChannel, makePractice, signInAs, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();

async function inboxOverTenDays() {
  const deps = testDeps();
  const p = await makePractice(deps);
  const channel = await makeChannel(deps, p.practice.id, "sms", `+1555${uniqueId().slice(0, 7)}`);
  const msg = (text: string, daysAgo: number): InboundMessage => ({
    platform: "sms", accountId: channel.accountId, kind: "sms", platformMessageId: uniqueId(), threadKey: uniqueId(),
    author: { handle: "+15555550123" }, text, sentAt: day(daysAgo), action: "created",
  });
  await ingestMessages(deps, channel, [msg("What are your hours on Saturday? (9 days)", 9), msg("Do you take Aetna? (5 days)", 5), msg("Is there parking? (today)", 0)]);
  return { ...p, deps };
}

type Page = { items: Array<{ id: string; preview: string; version: number }>; nextCursor: string | null };

describe("GET /api/conversations date range and assignee filters", () => {
  it("keeps conversations whose last message falls in the range, pages through sparse pages, and filters by assignee", async () => {
    const p = await inboxOverTenDays();
    const app = testApp(p.deps);
    const { auth } = await signInAs(app, p.users.staff.email);
    const get = async (q: string) => (await (await app.request(`/api/conversations?${q}`, { headers: auth })).json()) as Page;
    const range = `from=${day(7).slice(0, 10)}&to=${day(1).slice(0, 10)}`;
    expect((await get(range)).items.map((i) => i.preview)).toEqual(["Do you take Aetna? (5 days)"]);
    expect((await get(`from=${day(0).slice(0, 10)}`)).items.map((i) => i.preview)).toEqual(["Is there parking? (today)"]);

    // One item a page: pages that the filter empties still carry a cursor to the rest.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await get(`${range}&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.items.map((i) => i.preview));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["Do you take Aetna? (5 days)"]);

    const all = await get("");
    const target = all.items.find((i) => i.preview.startsWith("Is there parking"))!;
    const patched = await app.request(`/api/conversations/${target.id}`, { method: "PATCH", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ version: target.version, assigneeId: p.users.staff.id }) });
    expect(patched.status).toBe(200);
    expect((await get(`assignee=${p.users.staff.id}`)).items.map((i) => i.id)).toEqual([target.id]);
    expect((await get("assignee=none")).items).toHaveLength(2);
    expect((await app.request("/api/conversations?from=yesterday", { headers: auth })).status).toBe(400);
  });
});
