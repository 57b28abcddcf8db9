import { describe, expect, it } from "vitest";
import { triageMessage } from "./triage-message.ts";

// A sanity run, not a benchmark: no timing is asserted (that would flake on a
// busy CI machine). `tsx measure-speed.ts` prints the real figure.
describe("speed sanity", () => {
  it("triages 5,000 varied messages, including long ones, without error", () => {
    const base = [
      "my dad has chest pain and is sweating, what do I do?",
      "¿A qué hora abren el sábado? gracias",
      "Best front desk ever!!! 😍😍😍",
      "",
    ];
    const long = "so tired of waiting ".repeat(500) + "is my lisinopril refill ready?";
    let urgent = 0;
    for (let i = 0; i < 5_000; i++) {
      const result = triageMessage({ text: i % 1000 === 0 ? long : base[i % base.length] + " " + i });
      if (result.category === "urgent") urgent++;
    }
    expect(urgent).toBeGreaterThan(0);
  });
});
