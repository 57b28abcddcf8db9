import { describe, expect, it } from "vitest";
import { Category } from "./category.ts";
import { normaliseText } from "./normalise-text.ts";
import { triageMessage } from "./triage-message.ts";

type Case = [text: string, category: Category];

function table(rule: string, cases: Case[]): void {
  describe(rule, () => {
    it.each(cases)("%s -> %s", (text, category) => expect(triageMessage({ text }).category).toBe(category));
  });
}

table("a body site and an acute state near each other are urgent, in either language", [
  ["my throat feels like its closing and my lips are huge", "urgent"],
  ["siento que se me cierra la garganta", "urgent"],
  ["the cut is bleeding through the towel", "urgent"],
  ["me corté y no para la sangre", "urgent"],
  ["his ribs are pulling in when he breathes", "urgent"],
  ["se le hunde la pancita al respirar y está morado", "urgent"],
]);

table("swallowing a substance or a count of pills is urgent", [
  ["my kid drank some of the windshield washer fluid", "urgent"],
  ["she ate like 20 of the gummy vitamins", "urgent"],
  ["el papá de mis hijos tomó veneno para ratas", "urgent"],
]);

table("indirect words for suicidal thoughts are urgent", [
  ["i dont want to be here anymore", "urgent"],
  ["unaliving myself sounds nice rn", "urgent"],
  ["ya no le encuentro sentido a nada, pienso en desaparecer", "urgent"],
  ["mi hija dice que ya no quiere vivir", "urgent"],
]);

table("fever in a young infant, or with a floppy child, is urgent", [
  ["el bebé tiene calentura y solo tiene 3 semanas", "urgent"],
  ["my 3 yr old has a fever of 104 and is so limp", "urgent"],
]);

table("a sign is timed by its own clause, not by a 'now' or 'still' elsewhere", [
  ["Had a seizure two years ago, none since. Do I still need to avoid driving?", "personal"],
  ["I was suicidal last year, much better now. Can I refill my sertraline?", "personal"],
  ["A mi esposo le dio un infarto hace 5 años, ahora quiere hacer ejercicio", "personal"],
  ["anoche me dolió el pecho pero ya se me quitó, ¿debo ir?", "personal"],
]);

table("figures of speech do not raise an emergency", [
  ["my landlord is giving me a heart attack with this rent", "personal"],
]);

table("a named person with a health term anywhere is personal (safety default)", [
  ["I care for my brother who has Down syndrome. He has been refusing food for three days, could we get him in?", "personal"],
  ["cuido a mi tía. Hoy tiene los pies muy hinchados, ¿le subo el diurético?", "personal"],
]);

table("promotion with health claims and no question is other", [
  ["Gotas milagrosas que curan la presión alta en 7 días. Pide las tuyas por inbox", "other"],
]);

describe("normalisation reads elongations, leetspeak, emoji and slang", () => {
  it.each([
    ["my cheeeest hurts", "my chest hurts"],
    ["i want to k1ll myself", "i want to kill myself"],
    ["🤒 all night", "fever all night"],
    ["he od'd", "he overdosed"],
    ["my A1c is 7", "my a1c is 7"],
  ])("%s -> %s", (raw, expected) => expect(normaliseText(raw)).toBe(expected));
});
