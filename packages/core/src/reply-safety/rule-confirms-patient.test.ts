import { describe, it } from "vitest";
import { expectRule, type Case } from "./test-cases.ts";

const cases: Case[] = [
  ["'our patient portal, if you have an account' does not confirm a patient", "logistics", "how do I see my labs?", "Results are posted in our patient portal, if you have an account.", false],
  ["'your patient portal' confirms a patient", "personal", "did my labs come back?", "Please check your patient portal.", true],
  ["'talk to your clinician' does not confirm a patient", "education", "Does the flu shot give you the flu?", "No. For advice about your own health, talk to your clinician.", false],
  ["'as your doctor' confirms a patient", "feedback", "the doctor didn't listen", "As your doctor, I always try to listen.", true],
  ["'we checked your chart' confirms a patient", "logistics", "when was my last tetanus shot?", "We checked your chart and it was in 2019.", true],
  ["an apology about 'your visit on Tuesday' confirms a patient", "feedback", "waited forever", "We're sorry your visit on Tuesday was delayed.", true],
  ["'your own results' is general advice, not a record", "education", "What's a normal A1C?", "Below 5.7% is normal. For your own results, talk with your clinician.", false],
  ["'your specific plan' (insurance) does not confirm a patient", "logistics", "Do you take Aetna?", "Yes. Call billing to confirm your specific plan.", false],
  ["'su cita del martes' confirms a patient", "logistics", "¿A qué hora es?", "Su cita del martes es a las 10.", true],
  ["'su expediente' confirms a patient", "feedback", "me trataron mal", "Revisamos su expediente.", true],
  ["'Sí, sus resultados' is a yes, not a condition", "personal", "¿ya llegaron mis resultados?", "Sí, sus resultados ya están listos.", true],
  ["'nuestro portal de pacientes, si tiene una cuenta' does not confirm a patient", "logistics", "¿cómo cambio una cita?", "Puede cambiarla en nuestro portal de pacientes, si tiene una cuenta.", false],
  ["'hable con su médico' does not confirm a patient", "education", "¿El frío causa resfriados?", "No. Para consejos sobre su propia salud, hable con su médico.", false],
  ["naming their procedure ('your colonoscopy') confirms a patient", "personal", "where do I park?", "For your colonoscopy, use the south lot.", true],
  ["'we got your message' does not confirm a patient", "feedback", "rude staff", "We got your message and our manager will reach out.", false],
];

describe("confirms_patient", () => {
  for (const c of cases) it(c[0], () => expectRule("confirms_patient", c));
});
