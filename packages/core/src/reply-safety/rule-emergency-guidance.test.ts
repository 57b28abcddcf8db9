import { describe, expect, it } from "vitest";
import { checkReply } from "./check-reply.ts";
import { expectRule, type Case } from "./test-cases.ts";

const cases: Case[] = [
  ["an urgent reply that says to call 911 is enough", "urgent", "crushing chest pain", "Please call 911 now.", false],
  ["the emergency department is enough", "urgent", "newborn with a fever", "Go to the nearest emergency department now.", false],
  ["urgent care is not enough", "urgent", "my throat is closing up", "Please head to the nearest urgent care.", true],
  ["'call us' is not enough", "urgent", "my mom is confused and can barely stay awake", "Please call the office in the morning.", true],
  ["988 is enough for thoughts of suicide", "urgent", "I keep thinking about ending it all", "Please call or text 988 right now.", false],
  ["988 is not enough for a stroke", "urgent", "his face is drooping and he can't speak", "Call 988 for support.", true],
  ["'llame al 911' is enough in Spanish", "urgent", "me duele el pecho", "Llame al 911 ahora mismo.", false],
  ["'sala de emergencias' is enough in Spanish", "urgent", "me picó una abeja y se me cierra la garganta", "Vaya a la sala de emergencias más cercana.", false],
  ["a DM is not enough for self-harm", "urgent", "estoy pensando en quitarme la vida", "Envíenos un mensaje privado.", true],
  ["non-urgent categories never need emergency guidance", "logistics", "hours?", "We open at 9.", false],
  ["988 alone is enough for wanting to not wake up", "urgent", "I just want to go to sleep and never wake up", "Please call or text 988 now.", false],
  ["988 alone is enough for 'acabar con todo'", "urgent", "ya no aguanto, quiero acabar con todo", "Llame o escriba al 988 ahora.", false],
  ["988 alone is not enough for chest pain", "urgent", "crushing chest pain", "Please call 988.", true],
];

describe("missing_emergency_guidance", () => {
  for (const c of cases) it(c[0], () => expectRule("missing_emergency_guidance", c));

  it("spans the whole reply, since the fault is what is missing", () => {
    const reply = "Please call us tomorrow.";
    const [v] = checkReply({ message: "chest pain right now", reply, category: "urgent" }).violations;
    expect([v!.start, v!.end, v!.text]).toEqual([0, reply.length, reply]);
  });
});
