import { describe, expect, it } from "vitest";
import type { Deps } from "@bedside/core/context";
import { ingestMessages } from "@bedside/core/ingest/ingest-messages";
import { makeChannel, makePractice, signInAs, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";

const TEXTS = ["Is the flu shot safe for kids? #fluseason", "what are your hours on saturday", "Great doctor, thanks! #grateful, \"really\"", "my chest hurts and I can't breathe"];
const DAY = 86_400_000;

/** Deps whose document client counts every item it returns (Get, Query, BatchGet). */
function countingDeps(): { deps: Deps; read: { items: number; requests: number } } {
  const deps = testDeps();
  const read = { items: 0, requests: 0 };
  const doc = deps.store.doc;
  const send = doc.send.bind(doc) as (...args: unknown[]) => Promise<Record<string, unknown>>;
  (doc as unknown as { send: unknown }).send = async (...args: unknown[]) => {
    const res = await send(...args);
    read.requests++;
    read.items += ((res.Items as unknown[] | undefined)?.length ?? 0) + (res.Item ? 1 : 0);
    for (const list of Object.values((res.Responses as Record<string, unknown[]> | undefined) ?? {})) read.items += Array.isArray(list) ? list.length : 0;
    return res;
  };
  return { deps, read };
}

/** A practice with `count` messages spread over the same ten recent days. */
async function practiceWith(count: number) {
  const { deps, read } = countingDeps();
  const p = await makePractice(deps);
  const channel = await makeChannel(deps, p.practice.id, "x");
  const now = Date.now();
  const one = (i: number) =>
    ingestMessages(deps, channel, [{ platform: "x", accountId: channel.accountId, kind: "mention", platformMessageId: `m-${uniqueId()}`, threadKey: `t-${i}`, author: { handle: `@p${i}` }, text: TEXTS[i % TEXTS.length], sentAt: new Date(now - (i % 10) * DAY - 3_600_000).toISOString(), action: "created" }]);
  for (let i = 0; i < count; i += 25) await Promise.all(Array.from({ length: Math.min(25, count - i) }, (_, k) => one(i + k)));
  const app = testApp(deps);
  const admin = await signInAs(app, p.users.admin.email);
  return { ...p, deps, read, app, admin };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("GET /api/analytics", () => {
  it("reads the same bounded number of items for 10 and for 300 messages (90 days with comparison)", async () => {
    const small = await practiceWith(10);
    const large = await practiceWith(300);
    const query = `/api/analytics?from=${day(Date.now() - 89 * DAY)}&to=${day(Date.now() + DAY)}&bucket=week`;
    const reads: number[] = [];
    for (const p of [small, large]) {
      p.read.items = 0;
      p.read.requests = 0;
      const res = await p.app.request(query, { headers: p.admin.auth });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { charts: Array<{ id: string; summary: { current: Record<string, number> } }> };
      expect(body.charts.find((c) => c.id === "volume-by-platform")!.summary.current.total).toBe(p === small ? 10 : 300);
      reads.push(p.read.items);
    }
    console.info(`analytics request items read: 10 messages -> ${reads[0]}, 300 messages -> ${reads[1]}`);
    expect(reads[0]).toBe(reads[1]);
    expect(reads[1]).toBeLessThan(200);
  }, 600_000);

  it("physicians may view; staff may not; a range past 366 days is 400", async () => {
    const p = await practiceWith(3);
    const physician = await signInAs(p.app, p.users.physician.email);
    const staff = await signInAs(p.app, p.users.staff.email);
    expect((await p.app.request("/api/analytics", { headers: physician.auth })).status).toBe(200);
    expect((await p.app.request("/api/analytics", { headers: staff.auth })).status).toBe(403);
    expect((await p.app.request("/api/analytics/topics.csv", { headers: staff.auth })).status).toBe(403);
    expect((await p.app.request("/api/analytics?from=2020-01-01&to=2024-01-01", { headers: physician.auth })).status).toBe(400);
    expect((await p.app.request("/api/analytics?from=2024-02-01&to=2024-01-01", { headers: physician.auth })).status).toBe(400);
  }, 120_000);

  it("exports each chart as CSV a spreadsheet opens: UTF-8 with BOM, header row, RFC 4180 quoting", async () => {
    const p = await practiceWith(8);
    const res = await p.app.request("/api/analytics/volume-by-platform.csv", { headers: p.admin.auth });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="bedside-volume-by-platform-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe("period,X,Facebook,Instagram,LinkedIn,Google reviews,Blog,Web form,Email,SMS,total");
    expect(lines).toHaveLength(30 + 2); // 30 days, header, trailing CRLF
    const total = lines.slice(1, -1).reduce((n, l) => n + Number(l.split(",").at(-1)), 0);
    expect(total).toBe(8);
    const hashtags = await p.app.request("/api/analytics/hashtags.csv", { headers: p.admin.auth });
    expect((await hashtags.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("hashtag,count,previous period");
    expect((await p.app.request("/api/analytics/nonsense.csv", { headers: p.admin.auth })).status).toBe(404);
    expect((await p.app.request("/api/analytics/topics.json", { headers: p.admin.auth })).status).toBe(400);
  }, 120_000);
});
