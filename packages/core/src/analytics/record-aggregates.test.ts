import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { testDeps } from "../../../../test/helpers/test-practice.ts";
import { addToDay } from "./record-aggregates.ts";

/** The same store, with every UpdateItem it is sent counted. */
function countingUpdates(deps: Deps): { deps: Deps; updates: () => number } {
  let updates = 0;
  const doc = deps.store.doc;
  const counted = {
    send: (command: unknown, ...rest: unknown[]) => {
      if (command instanceof UpdateCommand) updates++;
      return (doc.send as (c: unknown, ...r: unknown[]) => Promise<unknown>)(command, ...rest);
    },
  };
  return { deps: { ...deps, store: { ...deps.store, doc: counted as unknown as typeof doc } }, updates: () => updates };
}

const day = async (deps: Deps, practiceId: string, d: string) =>
  (await deps.store.doc.send(new GetCommand({ TableName: deps.store.tableName, Key: keys.aggregateDay(practiceId, d) }))).Item ?? {};

describe("addToDay", () => {
  it("concurrent additions to one day item all land, merged into fewer writes than additions", async () => {
    const { deps, updates } = countingUpdates(testDeps());
    const practiceId = `prc_agg_${Date.now()}`;
    await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => addToDay(deps, practiceId, { day: "2025-03-20", counters: { "in|n": 1, [`tp|t${i % 3}`]: 1 } })),
      ...Array.from({ length: 10 }, () => addToDay(deps, practiceId, { day: "2025-03-21", counters: { "in|n": 1, "cv|n": -1 } })),
      addToDay(deps, practiceId, { day: "2025-03-21", counters: { "cv|n": 10 } }),
    ]);
    const first = await day(deps, practiceId, "2025-03-20");
    expect(first).toMatchObject({ type: "aggregate", day: "2025-03-20", "in|n": 40, "tp|t0": 14, "tp|t1": 13, "tp|t2": 13 });
    expect(await day(deps, practiceId, "2025-03-21")).toMatchObject({ "in|n": 10, "cv|n": 0 });
    // Each day: the first addition is written at once, the rest wait for it and go out as one write.
    expect(updates()).toBe(4);
  });

  it("a later addition after the writes settled starts a new write and adds on top", async () => {
    const deps = testDeps();
    const practiceId = `prc_agg2_${Date.now()}`;
    await addToDay(deps, practiceId, { day: "2025-03-20", counters: { "in|n": 2 } });
    await addToDay(deps, practiceId, { day: "2025-03-20", counters: { "in|n": 3, "rp|n": 1 } });
    expect(await day(deps, practiceId, "2025-03-20")).toMatchObject({ "in|n": 5, "rp|n": 1 });
  });

  it("a failed write rejects the callers whose counters it held", async () => {
    const deps = testDeps();
    const broken: Deps = { ...deps, store: { ...deps.store, tableName: "no-such-table" } };
    await expect(addToDay(broken, "prc_x", { day: "2025-03-20", counters: { "in|n": 1 } })).rejects.toThrow();
  });
});
