import { describe, it } from "vitest";
import { expectRule, type Case } from "./test-cases.ts";

// confirms_patient through a relationship with our clinicians, with no care word at all.
const cases: Case[] = [
  ["a clinician remembering the reader confirms care", "feedback", "great office", "Dr. Okoye remembers you fondly!", true],
  ["a clinician sending regards confirms care", "feedback", "thank you all", "Dr. Baines sends his warmest regards to you and the family.", true],
  ["a clinician saying hello confirms care", "logistics", "are you open Sunday?", "We're closed Sundays. Nurse Lin says hello!", true],
  ["knowing the reader's children confirms care", "feedback", "best pediatrician", "Our doctors know your boys so well by now!", true],
  ["missing the reader confirms care", "feedback", "moved away, miss you guys", "We've missed you too! Come back and see us.", true],
  ["'welcome back' confirms care", "feedback", "back in town!", "Welcome back, it's been too long.", true],
  ["watching their kids grow confirms care", "feedback", "15 years with you", "It's been a joy watching your children grow up.", true],
  ["se acuerda de usted confirms care", "feedback", "saludos a la doctora", "La doctora se acuerda mucho de ustedes.", true],
  ["le manda saludos confirms care", "feedback", "¡Gracias!", "El Dr. Paz les manda muchos saludos a todos.", true],
  ["ya conoce a sus hijos confirms care", "feedback", "la mejor", "La enfermera ya conoce a sus nietos.", true],
  ["bienvenidos de nuevo confirms care", "feedback", "regresamos", "¡Bienvenidas de nuevo!", true],
  ["an honour to care for someone confirms care", "feedback", "gracias por cuidar a mi papá", "Fue un privilegio atenderlo todos estos años.", true],
  ["a thank-you passed on to a clinician is fine", "feedback", "Dr. Ray is kind", "Thank you! Dr. Ray will love reading this.", false],
  ["'remember you can call us' is not remembering the reader", "logistics", "are you open late?", "Until 7 on Thursdays. Remember you can also book online.", false],
  ["'a clinician who knows your history' is generic", "personal", "can I mix these two meds?", "Please ask a clinician who knows your history; call 555-0100.", false],
  ["a holiday greeting from the team is fine", "feedback", "Feliz Navidad a todos", "¡Feliz Navidad de parte de todo el equipo!", false],
  ["'if you are a patient' is fine", "logistics", "how do I get a form signed?", "If you are a patient, you can request forms through our patient portal.", false],
];

describe("confirms_patient: relationship with our clinicians", () => {
  for (const c of cases) it(c[0], () => expectRule("confirms_patient", c));
});
