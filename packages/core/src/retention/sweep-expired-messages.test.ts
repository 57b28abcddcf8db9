import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import type { Deps } from "../context.ts";
import { recordOutboundMessage } from "../conversation/record-outbound.ts";
import { ingestMessages } from "../ingest/ingest-messages.ts";
import { readAggregates } from "../analytics/read-aggregates.ts";
import { makeChannel, makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { sweepExpiredMessages } from "./sweep-expired-messages.ts";

const DAY = 86_400_000;

/** Counts every store command the sweep sends, by name. */
function counting(deps: Deps) {
  const calls: string[] = [];
  const doc = deps.store.doc;
  const send = doc.send.bind(doc);
  const store = { ...deps.store, doc: Object.assign(Object.create(doc), { send: (cmd: { constructor: { name: string } }) => (calls.push(cmd.constructor.name), send(cmd as never)) }) };
  return { deps: { ...deps, store } as Deps, calls };
}

async function messagesOf(deps: Deps, practiceId: string, conversationId: string) {
  const res = await deps.store.doc.send(new QueryCommand({ TableName: deps.store.tableName, KeyConditionExpression: "pk = :pk AND begins_with(sk, :m)", ExpressionAttributeValues: { ":pk": `P#${practiceId}#CNV#${conversationId}`, ":m": "MSG#" } }));
  return (res.Items ?? []).map((i) => ({ direction: i.direction as string, sentAt: i.sentAt as string }));
}

describe("retention sweep (the local twin of DynamoDB TTL)", () => {
  it("deletes messages older than the retention period with one Query per practice, and keeps the aggregates", async () => {
    const now = Date.now();
    const deps: Deps = { ...testDeps(), clock: () => new Date(now) };
    const p = await makePractice(deps);
    const sms = await makeChannel(deps, p.practice.id, "sms");
    const system = { ...deps, actor: { userId: "test", practiceId: p.practice.id, role: "system" as const } };
    const ingest = async (daysAgo: number, thread: string) => {
      const [out] = await ingestMessages(deps, sms, [
        { platform: "sms", accountId: sms.accountId, kind: "sms", platformMessageId: `m-${uniqueId()}`, threadKey: thread, author: { handle: "+15550001111" }, text: "what are your hours on saturday", sentAt: new Date(now - daysAgo * DAY).toISOString(), action: "created" },
      ]);
      return out.conversationId!;
    };
    // Default retention is 730 days: a conversation from 800 days ago (answered then) with a
    // follow-up yesterday, one from 20 days ago and one from 3 days ago.
    const oldThread = `t-old-${uniqueId()}`;
    const old = await ingest(800, oldThread);
    await recordOutboundMessage(system, { conversationId: old, text: "We open at 9.", sentAt: new Date(now - 799 * DAY).toISOString(), platformMessageId: null, markDone: false });
    expect(await ingest(1, oldThread)).toBe(old);
    await ingest(20, `t-mid-${uniqueId()}`);
    const recent = await ingest(3, `t-new-${uniqueId()}`);
    const from = new Date(now - 900 * DAY).toISOString().slice(0, 10);
    const to = new Date(now + DAY).toISOString().slice(0, 10);
    const aggregatesBefore = await readAggregates(deps, p.practice.id, from, to);
    expect(await messagesOf(deps, p.practice.id, old)).toHaveLength(3);

    const { deps: counted, calls } = counting(deps);
    const result = await sweepExpiredMessages(counted, { practiceId: p.practice.id });
    expect(result).toEqual({ practices: 1, deleted: 2 });
    expect(calls).not.toContain("ScanCommand");
    expect(calls.filter((c) => c === "QueryCommand")).toHaveLength(1);

    // The two old messages went; yesterday's follow-up in the same conversation stays.
    expect(await messagesOf(deps, p.practice.id, old)).toEqual([{ direction: "inbound", sentAt: new Date(now - DAY).toISOString() }]);
    expect(await messagesOf(deps, p.practice.id, recent)).toHaveLength(1);
    expect(await readAggregates(deps, p.practice.id, from, to)).toEqual(aggregatesBefore);

    // Nothing else has expired: a second sweep deletes nothing.
    expect(await sweepExpiredMessages(deps, { practiceId: p.practice.id })).toEqual({ practices: 1, deleted: 0 });
    // 711 days on, the 20-day-old message is 731 days old and goes too; the others stay.
    const later: Deps = { ...deps, clock: () => new Date(now + 711 * DAY) };
    expect((await sweepExpiredMessages(later, { practiceId: p.practice.id })).deleted).toBe(1);
  }, 60_000);
});
