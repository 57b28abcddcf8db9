import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import type { Actor, Ctx, Deps } from "../context.ts";
import { recordOutboundMessage } from "../conversation/record-outbound.ts";
import { updateConversation } from "../conversation/update-conversation.ts";
import { createArticle } from "../article/article-store.ts";
import { createDraft } from "../draft/create-draft.ts";
import { decideDraft } from "../draft/decide-draft.ts";
import { submitDraft } from "../draft/submit-draft.ts";
import { ingestMessages } from "../ingest/ingest-messages.ts";
import { sendDraft } from "../reply/send-draft.ts";
import { makeChannel, makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { backfillAggregates } from "./backfill-aggregates.ts";
import { getAnalytics } from "./get-analytics.ts";
import { dayOf } from "./local-day.ts";
import { readAggregates } from "./read-aggregates.ts";

const TEXTS = [
  "Is the flu shot safe for kids? #fluseason #health",
  "my chest hurts and I can't breathe",
  "what are your hours on saturday",
  "Great doctor, thanks! #grateful",
  "Dr Smith, my lab results for my diabetes came back, what should I do",
];
const NOW = Date.parse("2025-03-20T15:00:00Z");
const MIN = 60_000;

async function world() {
  const clock = { now: NOW };
  const deps: Deps = { ...testDeps(), clock: () => new Date(clock.now) };
  const p = await makePractice(deps);
  const sms = await makeChannel(deps, p.practice.id, "sms");
  const x = await makeChannel(deps, p.practice.id, "x");
  const as = (role: "staff" | "physician"): Ctx => ({ ...deps, actor: { userId: p.users[role].id, practiceId: p.practice.id, role } satisfies Actor });
  const system: Ctx = { ...deps, actor: { userId: "test", practiceId: p.practice.id, role: "system" } };
  return { ...p, deps, clock, sms, x, as, system };
}

/** The figures, counted straight from the stored conversations and messages. */
async function recount(deps: Deps, practiceId: string, from: string, to: string) {
  const tz = "America/New_York";
  const inDay = (iso: string) => { const d = dayOf(iso, tz); return d >= from && d <= to; };
  const ids: string[] = [];
  for (const status of ["open", "done"]) {
    const res = await deps.store.doc.send(new QueryCommand({ TableName: deps.store.tableName, IndexName: "gsi1", KeyConditionExpression: "gsi1pk = :h", ExpressionAttributeValues: { ":h": `P#${practiceId}#INBOX#${status}` } }));
    ids.push(...(res.Items ?? []).map((i) => String(i.id)));
  }
  const out = { inbound: 0, byPlatform: {} as Record<string, number>, byCategory: {} as Record<string, number>, conversations: 0, answered: 0, changed: 0, decided: 0, edited: 0, personal: 0, redirects: 0 };
  for (const id of ids) {
    const res = await deps.store.doc.send(new QueryCommand({ TableName: deps.store.tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": `P#${practiceId}#CNV#${id}` } }));
    for (const item of res.Items ?? []) {
      const sk = String(item.sk);
      if (sk === "META" && inDay(item.firstInboundAt)) {
        out.conversations++;
        if (item.firstReplyAt) out.answered++;
        if (item.category !== item.engineCategory) out.changed++;
        if (item.category === "personal") { out.personal++; if (item.firstReplyAt) out.redirects++; }
      }
      if (sk.startsWith("MSG#") && item.direction === "inbound" && inDay(item.sentAt)) {
        out.inbound++;
        out.byPlatform[item.platform] = (out.byPlatform[item.platform] ?? 0) + 1;
        out.byCategory[item.triage.category] = (out.byCategory[item.triage.category] ?? 0) + 1;
      }
      if (sk.startsWith("DECISION#") && inDay(item.decidedAt)) {
        out.decided++;
        if (item.outcome === "approved_with_edits") out.edited++;
      }
    }
  }
  return out;
}

describe("aggregates kept as events happen", () => {
  it("agree with a recount from the messages, and the backfill rebuilds the same day items (twice over)", async () => {
    const w = await world();
    const conversations: Array<{ id: string; text: string; sentAt: string }> = [];
    for (let i = 0; i < 20; i++) {
      const channel = i % 3 === 0 ? w.x : w.sms;
      const sentAt = new Date(NOW - (i % 7) * 86_400_000 - i * 13 * MIN).toISOString();
      const text = TEXTS[i % TEXTS.length];
      const thread = i >= 15 ? `t-${i - 15}` : `t-${i}`; // the last five follow up on earlier threads
      const [out] = await ingestMessages(w.deps, channel, [{ platform: channel.platform, accountId: channel.accountId, kind: channel.platform === "sms" ? "sms" : "mention", platformMessageId: `m-${uniqueId()}`, threadKey: thread, author: { handle: `@a${i % 15}` }, text, sentAt, action: "created" }]);
      if (out.status === "stored" && out.newConversation) conversations.push({ id: out.conversationId, text, sentAt });
    }
    // Replies: a few minutes to a few hours after arrival.
    for (const [k, c] of conversations.slice(0, 8).entries()) {
      await recordOutboundMessage(w.system, { conversationId: c.id, text: "Thanks, we will call you.", sentAt: new Date(Date.parse(c.sentAt) + (k + 1) * 17 * MIN).toISOString(), platformMessageId: null });
    }
    // Staff overrule the engine once, and put it back once (which must count as agreement again).
    const fresh = async (id: string) => (await w.deps.store.doc.send(new QueryCommand({ TableName: w.deps.store.tableName, KeyConditionExpression: "pk = :pk AND sk = :m", ExpressionAttributeValues: { ":pk": `P#${w.practice.id}#CNV#${id}`, ":m": "META" } }))).Items![0];
    const overruled = conversations[9];
    await updateConversation(w.as("staff"), overruled.id, { version: (await fresh(overruled.id)).version, category: (await fresh(overruled.id)).category === "other" ? "logistics" : "other" });
    const flipped = conversations[10];
    const before = await fresh(flipped.id);
    await updateConversation(w.as("staff"), flipped.id, { version: before.version, category: before.category === "other" ? "logistics" : "other" });
    await updateConversation(w.as("staff"), flipped.id, { version: before.version + 1, category: before.category });
    // A draft goes through approval with edits and is sent.
    const education = conversations.find((c) => c.text.startsWith("Is the flu") && !conversations.slice(0, 8).includes(c))!;
    const article = await createArticle(w.ctx, { title: "Flu shots: the facts", summary: "The flu shot cannot give you the flu: it contains no live virus. A sore arm for a day or two is common.", url: "https://example.org/flu", topics: ["flu", "flu shot", "vaccine", "influenza"], language: "en" });
    const draft = (await createDraft(w.as("staff"), education.id))!;
    expect(draft.articleIds).toEqual([article.id]);
    const submitted = await submitDraft(w.as("staff"), education.id, draft.id, { version: draft.version });
    w.clock.now += 42 * MIN;
    await decideDraft(w.as("physician"), education.id, draft.id, { decision: "approve", version: submitted.version, text: "The flu shot is safe for most children over 6 months. For advice about your own health, talk to your clinician." });
    await sendDraft(w.system, () => ({ sendReply: async () => ({ platformReplyId: `r-${uniqueId()}` }) }), { conversationId: education.id, draftId: draft.id });

    const from = "2025-03-01";
    const to = "2025-03-31";
    const truth = await recount(w.deps, w.practice.id, from, to);
    const report = await getAnalytics(w.as("physician"), { from, to });
    const chart = (id: string) => report.charts.find((c) => c.id === id)!.summary.current;
    expect(truth.inbound).toBe(20);
    expect(chart("volume-by-platform")).toMatchObject({ total: truth.inbound, ...truth.byPlatform });
    expect(chart("volume-by-category")).toMatchObject(truth.byCategory);
    expect(chart("response-time-trend")).toMatchObject({ conversations: truth.conversations, answered: truth.answered });
    expect(chart("agreement")).toMatchObject({ conversations: truth.conversations, changed_by_staff: truth.changed });
    expect(truth.changed).toBe(1);
    expect(chart("approvals")).toMatchObject({ decided: truth.decided, approved_with_edits: truth.edited });
    expect(truth.decided).toBe(1);
    expect(chart("redirects")).toMatchObject({ personal_conversations: truth.personal, redirects_sent: truth.redirects });
    expect(chart("approvals").median_turnaround_min).toBeGreaterThan(30);
    expect(chart("hashtags")).toMatchObject({ total: 4 * 3 });
    expect(report.charts.find((c) => c.id === "articles")!.rows).toEqual([{ article_id: article.id, title: "Flu shots: the facts", count: 1, previous: 0 }]);

    const live = await readAggregates(w.deps, w.practice.id, from, to);
    await backfillAggregates(w.deps, w.practice.id);
    expect(await readAggregates(w.deps, w.practice.id, from, to)).toEqual(live);
    await backfillAggregates(w.deps, w.practice.id);
    expect(await readAggregates(w.deps, w.practice.id, from, to)).toEqual(live);
  }, 180_000);
});
