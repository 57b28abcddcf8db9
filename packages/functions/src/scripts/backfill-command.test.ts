import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { ingestMessages } from "@bedside/core/ingest/ingest-messages";
import { readAggregates } from "@bedside/core/analytics/read-aggregates";
import { keys } from "@bedside/core/storage/keys";
import { makeChannel, makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { parseBackfillArgs, progressBar, runBackfill } from "./backfill-command.ts";

describe("backfill command", () => {
  it("reads --practice, --all and --since, and refuses anything else", () => {
    expect(parseBackfillArgs(["--practice", "riverside"])).toEqual({ all: false, practice: "riverside" });
    expect(parseBackfillArgs(["--all", "--since", "2025-01-01"])).toEqual({ all: true, since: "2025-01-01" });
    expect(() => parseBackfillArgs([])).toThrow(/--practice or --all/);
    expect(() => parseBackfillArgs(["--practice"])).toThrow(/needs a value/);
    expect(() => parseBackfillArgs(["--practice", "a", "--all"])).toThrow(/--practice or --all/);
    expect(() => parseBackfillArgs(["--practice", "a", "--since", "yesterday"])).toThrow(/yyyy-mm-dd/);
    expect(() => parseBackfillArgs(["--practise", "a"])).toThrow(/unknown argument/);
  });

  it("draws a bar that fills with the share done", () => {
    expect(progressBar(0, 4, 8)).toBe("[--------]   0% 0/4 conversations");
    expect(progressBar(1, 4, 8)).toBe("[##------]  25% 1/4 conversations");
    expect(progressBar(4, 4, 8)).toBe("[########] 100% 4/4 conversations");
    expect(progressBar(0, 0, 8)).toBe("[########] 100% 0/0 conversations");
  });

  it("rebuilds a practice's lost day items, found by slug, and reports progress to the end", async () => {
    const deps = testDeps();
    const p = await makePractice(deps);
    const sms = await makeChannel(deps, p.practice.id, "sms");
    const sentAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
    for (let i = 0; i < 3; i++) {
      await ingestMessages(deps, sms, [{ platform: "sms", accountId: sms.accountId, kind: "sms", platformMessageId: `m-${uniqueId()}`, threadKey: `t-${uniqueId()}`, author: { handle: "+15550002222" }, text: "what are your hours on saturday", sentAt, action: "created" }]);
    }
    const from = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const live = await readAggregates(deps, p.practice.id, from, to);
    expect([...live.values()].reduce((n, c) => n + (c["in|n"] ?? 0), 0)).toBe(3);
    // Lose every day item, as a bug or a failed hook would.
    for (const day of live.keys()) await deps.store.doc.send(new DeleteCommand({ TableName: deps.store.tableName, Key: keys.aggregateDay(p.practice.id, day) }));
    expect((await readAggregates(deps, p.practice.id, from, to)).size).toBe(0);

    let text = "";
    const [result] = await runBackfill(deps, parseBackfillArgs(["--practice", p.slug]), { write: (t) => (text += t), isTTY: false });
    expect(result).toMatchObject({ practiceId: p.practice.id, conversations: 3, daysRemoved: 0 });
    expect(await readAggregates(deps, p.practice.id, from, to)).toEqual(live);
    expect(text).toContain("[------------------------------]   0% 0/3 conversations");
    expect(text).toContain("[##############################] 100% 3/3 conversations");
    expect(text).toContain("3 conversations");

    let tty = "";
    await runBackfill(deps, parseBackfillArgs(["--practice", p.practice.id]), { write: (t) => (tty += t), isTTY: true });
    expect(tty.split("\r").length).toBe(5); // redrawn in place: 0/3, 1/3, 2/3, 3/3
    await expect(runBackfill(deps, parseBackfillArgs(["--practice", "no-such-practice"]), { write: () => undefined })).rejects.toThrow(/no practice/);
  }, 90_000);
});
