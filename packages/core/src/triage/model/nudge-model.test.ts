import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise-text.ts";
import { nudgedCategory, nudgeTowardsSafety, rescuedCategory } from "../nudge-towards-safety.ts";
import { NUDGE_MODEL } from "./nudge-model-weights.ts";
import { scoreNudge, scoreWith, unpackWeights } from "./nudge-model.ts";
import { BUCKETS, forEachFeature } from "./text-features.ts";

const ids = (text: string): Set<number> => {
  const out = new Set<number>();
  forEachFeature(normaliseText(text), (id) => out.add(id));
  return out;
};
const shared = (a: string, b: string): number => [...ids(a)].filter((id) => ids(b).has(id)).length;

describe("text features", () => {
  it("stay inside the bucket range", () => {
    for (const id of ids("¿Mi bebé tiene fiebre? my chest hurts 😭 !!")) expect(id >= 0 && id < BUCKETS).toBe(true);
  });
  it("let a diminutive or a typo share character n-grams with its word", () => {
    expect(shared("pechito", "pecho")).toBeGreaterThan(0);
    expect(shared("breathign", "breathing")).toBeGreaterThan(shared("breathign", "parking"));
  });
  it("are the same for the same text (deterministic)", () => {
    expect([...ids("same text twice")]).toEqual([...ids("same text twice")]);
  });
});

describe("the nudge model only moves a message towards a safer category, and never makes past or long-standing wording urgent", () => {
  const t = { urgent: 0.5, urgentNow: 0.4, redirect: 0.6 };
  it.each([
    ["urgent", { urgent: 0, redirect: 0 }, "unknown", "urgent"],
    ["personal", { urgent: 0.9, redirect: 0.9 }, "unknown", "urgent"],
    ["personal", { urgent: 0.9, redirect: 0.9 }, "past", "personal"],
    ["personal", { urgent: 0.9, redirect: 0.9 }, "chronic", "personal"],
    ["personal", { urgent: 0.1, redirect: 0.1 }, "unknown", "personal"],
    ["education", { urgent: 0.1, redirect: 0.7 }, "unknown", "personal"],
    ["education", { urgent: 0.9, redirect: 0.9 }, "past", "personal"],
    ["other", { urgent: 0.45, redirect: 0.7 }, "now", "urgent"],
    ["other", { urgent: 0.9, redirect: 0.1 }, "now", "other"],
    ["other", { urgent: 0.45, redirect: 0.1 }, "unknown", "other"],
    ["logistics", { urgent: 0.1, redirect: 0.1 }, "unknown", "logistics"],
    ["feedback", { urgent: 0.1, redirect: 0.1 }, "unknown", "feedback"],
    ["feedback", { urgent: 0.9, redirect: 0.9 }, "unknown", "urgent"],
  ] as const)("%s with %j (timing: %s) -> %s", (rules, scores, timing, expected) => {
    expect(nudgedCategory(rules, scores, { timing, ruledOut: false, general: false }, t)).toBe(expected);
  });
  it("never makes urgent a message whose emergency signs the rules found past or denied", () => {
    expect(nudgedCategory("personal", { urgent: 0.99, redirect: 0.99 }, { timing: "unknown", ruledOut: true, general: false }, t)).toBe("personal");
    expect(nudgedCategory("personal", { urgent: 0.99, redirect: 0.99 }, { timing: "unknown", ruledOut: () => true, general: false }, t)).toBe("personal");
  });
  it("leaves a plainly general question public", () => {
    expect(nudgedCategory("education", { urgent: 0.99, redirect: 0.99 }, { timing: "unknown", ruledOut: false, general: true }, t)).toBe("education");
  });
  it("moves nothing on a probability that is only the prior (no words pointing that way)", () => {
    const prior = { urgent: 0.6, redirect: 0.6, urgentWords: 0, redirectWords: -0.1 };
    expect(nudgedCategory("other", prior, { timing: "now", ruledOut: false, general: false }, t)).toBe("other");
    expect(nudgedCategory("personal", prior, { timing: "now", ruledOut: false, general: false }, t)).toBe("personal");
  });
  it("never takes a message out of urgent or personal", () => {
    const decision = { category: "personal" as const, containsPhi: true, confidence: 0.8, reasons: ["x"] };
    expect(["personal", "urgent"]).toContain(nudgeTowardsSafety("what are your hours", decision).category);
    const urgent = { ...decision, category: "urgent" as const };
    expect(nudgeTowardsSafety("what are your hours", urgent)).toBe(urgent);
  });
});

describe("the shipped weights", () => {
  it("give probabilities between 0 and 1, the same each time", () => {
    const a = scoreNudge(normaliseText("my chest feels heavy and my arm is numb"));
    const b = scoreNudge(normaliseText("my chest feels heavy and my arm is numb"));
    expect(a).toEqual(b);
    for (const p of [a.urgent, a.redirect]) expect(p > 0 && p < 1).toBe(true);
  });
  it("rank an emergency above an opening-hours question", () => {
    const emergency = scoreNudge(normaliseText("mi papa no puede respirar y tiene los labios morados"));
    const hours = scoreNudge(normaliseText("what time do you open on saturday?"));
    expect(emergency.urgent).toBeGreaterThan(hours.urgent);
    expect(emergency.redirect).toBeGreaterThan(hours.redirect);
  });
  it("unpack to the same scores as the packed form says", () => {
    const dense = unpackWeights(NUDGE_MODEL.weights);
    expect(scoreWith(dense, NUDGE_MODEL.bias, "hola")).toEqual(scoreNudge("hola"));
    expect(NUDGE_MODEL.thresholds.urgentNow).toBeLessThanOrEqual(NUDGE_MODEL.thresholds.urgent);
  });
});

describe("the public rescue only relabels the rules' fallback `other`", () => {
  it.each([
    ["other", { education: 0.8, logistics: 0.1, feedback: 0.2 }, "education"],
    ["other", { education: 0.3, logistics: 0.6, feedback: 0.7 }, "feedback"],
    ["other", { education: 0.2, logistics: 0.1, feedback: 0.3 }, "other"],
    ["education", { education: 0.1, logistics: 0.9, feedback: 0.1 }, "education"],
    ["personal", { education: 0.9, logistics: 0.9, feedback: 0.9 }, "personal"],
  ] as const)("%s with %j -> %s", (rules, scores, expected) => expect(rescuedCategory(rules, scores, 0.5)).toBe(expected));
  it("leaves spam (confident `other`) alone", () => {
    const spam = { category: "other" as const, containsPhi: false, confidence: 0.9, reasons: ["promotion or spam"] };
    expect(nudgeTowardsSafety("buy followers cheap", spam)).toBe(spam);
  });
});
