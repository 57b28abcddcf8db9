import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.ts";
import { parseLabelledRows, type LabelledRow } from "./labelled-row.ts";

const load = (name: string): LabelledRow[] => parseLabelledRows(readFileSync(new URL(`./corpus/${name}`, import.meta.url), "utf8"));

const row = (id: string, text: string, category: LabelledRow["category"], language: "en" | "es" = "en"): LabelledRow => ({
  id, text, category, language, containsPhi: category === "urgent" || category === "personal",
});

describe("evaluate scores predictions against labels", () => {
  it("counts a redirect put in a public category as unsafe", () => {
    const metrics = evaluate([
      row("1", "my chest is crushing right now", "urgent"),
      row("2", "What are your hours?", "personal"), // deliberately mislabelled: engine says logistics
    ]);
    expect(metrics.urgentRecall).toBe(1);
    expect(metrics.unsafePublicRate).toBe(0.5);
    expect(metrics.confusion.personal.logistics).toBe(1);
    expect(metrics.errors.map((e) => e.row.id)).toEqual(["2"]);
  });
});

// The targets, held on every labelled file so a regression fails CI.
describe.each(["corpus.jsonl", "holdout.jsonl", "holdout-b.jsonl", "holdout-c.jsonl", "blind-d.jsonl", "blind-e.jsonl", "blind-f.jsonl", "blind-g.jsonl", "shared-sample.jsonl"])("targets hold on %s", (file) => {
  const metrics = evaluate(load(file));
  it("urgent recall >= 98%", () => expect(metrics.urgentRecall).toBeGreaterThanOrEqual(0.98));
  it("at most 2% of urgent+personal put in a public category", () => expect(metrics.unsafePublicRate).toBeLessThanOrEqual(0.02));
  it("education precision >= 90%", () => expect(metrics.educationPrecision).toBeGreaterThanOrEqual(0.9));
  it("macro-F1 >= 0.85", () => expect(metrics.macroF1).toBeGreaterThanOrEqual(0.85));
  it("Spanish no worse than English (within 0.05)", () => {
    expect(metrics.macroF1ByLanguage.es ?? 1).toBeGreaterThanOrEqual((metrics.macroF1ByLanguage.en ?? 1) - 0.05);
  });
});

describe("the corpus is what the issue asks for", () => {
  const corpus = load("corpus.jsonl");
  it("has 400+ lines, at least 35% Spanish, unique ids", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    expect(corpus.filter((r) => r.language === "es").length / corpus.length).toBeGreaterThanOrEqual(0.35);
    expect(new Set(corpus.map((r) => r.id)).size).toBe(corpus.length);
  });
});
