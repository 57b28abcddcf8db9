import { describe, it } from "vitest";
import { expectRule, type Case } from "./test-cases.ts";

const cases: Case[] = [
  ["a dose for this person is advice", "personal", "my back hurts", "Take 400 mg of ibuprofen every 6 hours.", true],
  ["a general recommended amount is education", "education", "how much vitamin D should adults take?", "The recommended daily amount for most adults is 600 IU.", false],
  ["'that sounds like an infection' is a diagnosis", "personal", "my ear hurts and I have a fever", "That sounds like an ear infection.", true],
  ["'stop taking it' is advice", "personal", "should I stop my birth control before surgery?", "Yes, stop taking it four weeks before.", true],
  ["a clinical step next to 911 is still advice", "urgent", "my husband is slurring his words", "Please call 911 right away. While you wait, give him an aspirin.", true],
  ["taking a baby to the emergency department is routing, not advice", "urgent", "my 3 week old has a fever", "Please take your baby to the nearest emergency department now, or call 911.", false],
  ["'come in for a deep cleaning' tells a specific person their treatment", "personal", "her gums bleed", "Your friend should come in for a deep cleaning soon!", true],
  ["inviting them to call is not advice", "personal", "should I up my sertraline?", "We can't advise on individual treatment here. Please call 555-0100.", false],
  ["'dele amoxicilina' is advice", "personal", "a mi hijo le duele el oído", "Seguro es una infección de oído. Dele amoxicilina.", true],
  ["'llame al 911 y quédese con él' is safe guidance", "urgent", "mi esposo casi no respira", "Llame al 911 de inmediato y quédese con él hasta que llegue la ayuda.", false],
  ["judging their result is advice", "personal", "my cholesterol is 260", "That's high, you should be on a statin.", true],
  ["'rest and fluids help most people' is education", "education", "Are antibiotics useful for colds?", "No. Rest and fluids help most people recover.", false],
  ["a Spanish imperative with a dosing schedule is advice", "personal", "mi hija tiene sarna", "Aplíquele permetrina al 5% y repita con 7 días de diferencia.", true],
  ["a Spanish imperative with a clitic and a schedule is advice", "personal", "tengo tos", "Tómese un té con miel tres veces al día.", true],
  ["que + subjunctive next to 911 is still advice", "urgent", "mi esposo tiene dolor de pecho", "Llame al 911 y que mastique una aspirina.", true],
  ["a medicine with its schedule is advice without any verb", "personal", "my son has a fever", "Motrin every 6 hours and lots of fluids.", true],
  ["a benefit claim for their case is advice", "personal", "my kid has a stuffy nose", "A saline spray before bed should clear it.", true],
  ["a general hygiene imperative in an education answer is fine", "education", "how do I avoid the flu?", "Wash your hands often and stay home when sick.", false],
  ["a schedule in a routing sentence is fine", "personal", "me duele el oído", "Puede dejar un mensaje; le llamamos todos los días antes de las 5.", false],
  ["'all the fluid they need from milk' is a general fact, not a directive", "education", "do babies need water?", "Young babies get the fluid they need from breast milk or formula.", false],
];

describe("individual_advice", () => {
  for (const c of cases) it(c[0], () => expectRule("individual_advice", c));
});
