import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classifyLine } from "./classify-line.ts";

describe("classifyLine: one JSON line in, one JSON line out", () => {
  it("a valid line gets id, category, flags, confidence and reasons", () => {
    const out = JSON.parse(classifyLine('{"id":"m1","text":"what time do you open saturday?","platform":"x"}')!);
    expect(out).toMatchObject({ id: "m1", category: "logistics", containsPhi: false, language: "en" });
    expect(out.reasons.length).toBeGreaterThan(0);
  });
  it("invalid JSON and a missing text become error lines", () => {
    expect(JSON.parse(classifyLine("{not json")!)).toEqual({ error: "line is not valid JSON" });
    expect(JSON.parse(classifyLine('{"id":"m2"}')!)).toEqual({ id: "m2", error: "missing string field text" });
  });
  it("blank lines are skipped", () => expect(classifyLine("   ")).toBeUndefined());
});

describe("classify-cli streams stdin to stdout", () => {
  it("writes one line per non-blank input, in order, and goes on after a bad line", () => {
    const cli = fileURLToPath(new URL("./classify-cli.ts", import.meta.url));
    const input = [
      '{"id":"a","text":"my husband collapsed and is not breathing"}',
      "this is not json",
      "",
      '{"id":"c","text":"¿Aceptan seguro de Aetna?"}',
    ].join("\n");
    const run = spawnSync("npx", ["tsx", cli], { input, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: "a", category: "urgent" });
    expect(lines[1]).toHaveProperty("error");
    expect(lines[2]).toMatchObject({ id: "c", category: "logistics", language: "es" });
  });
});
