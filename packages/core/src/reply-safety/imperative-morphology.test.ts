import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text.ts";
import { INSTRUCTION_RE } from "./imperative-morphology.ts";

const instructions = (text: string) =>
  [...foldText(text).matchAll(INSTRUCTION_RE)].map((m) => m.slice(1).find((g) => g !== undefined));

describe("imperative morphology", () => {
  it("reads Spanish usted imperatives with enclitic pronouns", () => {
    for (const form of ["Aplíquela", "Tómese", "Désele", "Póngale", "Suspéndalo", "Enjuáguese", "Denle", "Lávele", "Repítala"]) {
      expect(instructions(`${form} ahora.`), form).toEqual([foldText(form)]);
    }
  });
  it("reads 'dé' only with a clitic: 'de' alone is a preposition", () => {
    expect(instructions("De lunes a viernes.")).toEqual([]);
    expect(instructions("Dele agua.")).toEqual(["dele"]);
  });
  it("reads que + subjunctive and advice leads + infinitive", () => {
    expect(instructions("Y que tome una aspirina.")).toEqual(["que tome"]);
    expect(instructions("Hay que aplicarle la crema.")).toEqual(["hay que aplicarle"]);
    expect(instructions("You can give him half.")).toEqual(["you can give"]);
  });
  it("leaves routing alone", () => {
    expect(instructions("Llame al 911. Puede llamar al 555-0100. You can call us.")).toEqual([]);
    expect(instructions("Stop by any time. Use our patient portal.")).toEqual([]);
  });
});
