import { describe, it } from "vitest";
import { expectRule, type Case } from "./test-cases.ts";

const phi: Case[] = [
  ["a first name with a treatment detail echoes it", "feedback", "you're the best", "Leo, only three more infusions!", true],
  ["a name with a medicine that is working echoes it", "feedback", "thanks!", "Glad the Wegovy is helping, Dana!", true],
  ["don + a condition's progress echoes it", "feedback", "gracias doctor", "Don Aurelio, la presión ya va mucho mejor.", true],
  ["a name with a body part in a recovery wish echoes it", "feedback", "great care", "Hope that shoulder keeps improving, Beth!", true],
  ["a name with no health term is fine", "logistics", "do you take Cigna? - Sam", "Hi Sam! Yes, we take Cigna.", false],
  ["a name next to a service we offer is fine", "logistics", "flu shots? -Jo", "Hi Jo! Flu shots are available on weekdays.", false],
  ["a condolence idiom with a name is fine", "feedback", "thank you, from the Lopez family", "Thank you, Marta. Our hearts are with you.", false],
];
const ids: Case[] = [
  ["a full name tied to hospice care is an identifier", "feedback", "thank you", "It meant so much to care for Ruth Ellison in hospice.", true],
  ["Mr. + surname with a health detail is an identifier", "feedback", "thanks", "Mr. Adeyemi, your stitches look great!", true],
  ["a full name with no health detail is not", "feedback", "thanks from Tom Reyes", "Thank you, Tom Reyes, for the kind review!", false],
];
const confirms: Case[] = [
  ["a name with progress confirms they are our patient", "feedback", "thank you!", "Carlos, your sugars keep getting better!", true],
  ["a name with care we gave confirms it", "feedback", "gracias", "Fue un gusto atender a la señora Ibáñez en su rehabilitación.", true],
];

describe("named person + health term", () => {
  for (const c of phi) it(c[0], () => expectRule("phi_echo", c));
  for (const c of ids) it(c[0], () => expectRule("identifiers", c));
  for (const c of confirms) it(c[0], () => expectRule("confirms_patient", c));
});
