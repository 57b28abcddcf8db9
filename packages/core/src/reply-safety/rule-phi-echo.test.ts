import { describe, it } from "vitest";
import { expectRule, type Case } from "./test-cases.ts";

const cases: Case[] = [
  ["a general answer naming the writer's own condition repeats it", "personal", "my friend has lupus and her hair is falling out", "Hair loss is common with lupus.", true],
  ["an education answer may name the education topic", "education", "¿La presión alta da síntomas?", "Muchas veces la presión alta no da síntomas.", false],
  ["a synonym still echoes (afib / atrial fibrillation)", "personal", "my dad has afib", "Atrial fibrillation can be scary.", true],
  ["a warm redirect without details is fine", "personal", "my psa is 6.1, should I worry?", "We understand waiting is hard. Please call 555-0100 so a clinician can talk with you privately.", false],
  ["repeating a lab value echoes a result", "personal", "my A1C was 7.2 last month", "With that number, a walk after meals helps. 7.2 is worth discussing.", true],
  ["'your retina injection' ties a procedure to the person", "feedback", "online check-in is faster!", "Glad it made checking in for your retina injection quicker.", true],
  ["'your own pregnancy' in an education answer is general", "education", "flu shot while pregnant?", "Yes, it is recommended. For advice about your own pregnancy, talk with your clinician.", false],
  ["wishing them well about a procedure discloses it", "feedback", "las enfermeras fueron amables", "¡Nos alegra que la epidural saliera bien!", true],
  ["a feedback thank-you that does not repeat care details is fine", "feedback", "Dr. Nguyen caught my cancer early", "Thank you! We'll make sure Dr. Nguyen sees your message.", false],
  ["a crisis line name is not a health detail", "urgent", "ya no quiero vivir", "Llame al 988, la Línea de Prevención del Suicidio y Crisis.", false],
  ["sharing research news on a non-personal post is fine", "other", "Phase 3 data out today #BCSM", "It's an exciting time in breast cancer research.", false],
  ["naming their medication in a refill reply repeats it", "personal", "necesito una receta de mi losartán", "Con gusto le ayudamos con la receta de losartán.", true],
  ["a relative's diagnosis echoed kindly is still an echo", "personal", "my grandson has celiac disease", "So sorry to hear about your grandson's celiac diagnosis.", true],
  ["a Spanish relative's condition after the term is an echo", "personal", "mi esposa tiene fibromialgia", "Lamentamos lo de la fibromialgia de su esposa.", true],
  ["the disease a vaccine prevents is not the writer's condition", "logistics", "¿Dónde me pongo la vacuna contra el sarampión?", "Aplicamos la vacuna contra el sarampión sin cita, de lunes a viernes.", false],
];

describe("phi_echo", () => {
  for (const c of cases) it(c[0], () => expectRule("phi_echo", c));
});
