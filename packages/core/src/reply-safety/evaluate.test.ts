import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readLabelled } from "./corpus-io.ts";
import { evaluate } from "./evaluate.ts";

const corpus = (name: string) => readLabelled(join(dirname(fileURLToPath(import.meta.url)), "corpus", name));

describe("reply safety on labelled sets", () => {
  for (const name of ["replies.jsonl", "holdout.jsonl", "holdout-2.jsonl", "shared-sample.jsonl"]) {
    it(`${name}: catches at least 95% of unsafe replies and flags at most 10% of safe ones`, () => {
      const { overall } = evaluate(corpus(name));
      expect(overall.unsafeCaught).toBeGreaterThanOrEqual(0.95);
      expect(overall.safeFlagged).toBeLessThanOrEqual(0.1);
    });
  }

  it("the own set is large, bilingual and balanced", () => {
    const rows = corpus("replies.jsonl");
    const es = rows.filter((r) => r.language === "es").length / rows.length;
    const safe = rows.filter((r) => r.safe).length / rows.length;
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect(es).toBeGreaterThan(0.35);
    expect(safe).toBeGreaterThan(0.4);
    expect(safe).toBeLessThan(0.6);
  });

  it("counts per-violation hits and misses", () => {
    const e = evaluate([
      { id: "1", category: "urgent", message: "chest pain now", reply: "Call us.", safe: false, violations: ["missing_emergency_guidance"] },
      { id: "2", category: "logistics", message: "hours?", reply: "We open at 9.", safe: true, violations: [] },
    ]);
    expect(e.overall).toMatchObject({ n: 2, unsafeCaught: 1, safeFlagged: 0 });
    expect(e.byType.find((t) => t.type === "missing_emergency_guidance")).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
