import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));

function run(lines: string[]): unknown[] {
  const out = spawnSync("npx", ["tsx", join(here, "check-reply-cli.ts")], { input: lines.join("\n") + "\n", encoding: "utf8" });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout.trim().split("\n").map((l) => JSON.parse(l));
}

describe("check-reply CLI", () => {
  it("writes one line per input, in order, with deduplicated violation types; bad JSON gets an error line", () => {
    const results = run([
      JSON.stringify({ id: "a", category: "logistics", message: "hours?", reply: "We're open 9 to 5. Call 555-0100." }),
      JSON.stringify({ id: "b", category: "urgent", message: "crushing chest pain", reply: "Call us tomorrow. Call us today." }),
      "{not json",
      JSON.stringify({ id: "c", category: "personal", message: "my A1C was 7.2", reply: "An A1C of 7.2 is high; take metformin 500 mg." }),
      JSON.stringify({ id: "d", message: "my husband is slurring his words and can't lift his arm", reply: "Please call 911 right now." }),
    ]);
    expect(results[0]).toEqual({ id: "a", safe: true, violations: [] });
    expect(results[1]).toEqual({ id: "b", safe: false, violations: ["missing_emergency_guidance"] });
    expect(results[2]).toHaveProperty("error");
    expect(results[3]).toMatchObject({ id: "c", safe: false });
    expect((results[3] as { violations: string[] }).violations.sort()).toEqual(["individual_advice", "phi_echo"]);
    expect(results[4]).toEqual({ id: "d", safe: true, violations: [] });
  });
});
