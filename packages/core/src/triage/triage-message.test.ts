import { describe, expect, it } from "vitest";
import { Category, TRIAGE_ENGINE_VERSION } from "./category.ts";
import { triageMessage } from "./triage-message.ts";

type Case = [text: string, category: Category, containsPhi?: boolean];

function table(rule: string, cases: Case[]): void {
  describe(rule, () => {
    it.each(cases)("%s -> %s", (text, category, containsPhi) => {
      const result = triageMessage({ text });
      expect(result.category).toBe(category);
      if (containsPhi !== undefined) expect(result.containsPhi).toBe(containsPhi);
    });
  });
}

table("emergency signs happening now are urgent, in any tone", [
  ["my grandpa is gasping for air and his lips look blue", "urgent", true],
  ["lol pretty sure this is a heart attack, chest pressure and my jaw hurts rn", "urgent", true],
  ["CAN'T BREATHE, throat closing after the shrimp", "urgent", true],
  ["mi papá no responde y respira raro", "urgent", true],
  ["creo que me está dando un infarto jaja, me duele el pecho", "urgent", true],
  ["I have the pills counted out and I want to die", "urgent", true],
  ["mi bebé de 3 semanas tiene fiebre", "urgent", true],
]);

table("an emergency inside a review or booking request is still urgent", [
  ["1 star, the front desk ignored me while I had chest pain right now in the lobby", "urgent"],
  ["Need an appointment today, my leg is swollen and now I'm short of breath", "urgent"],
]);

table("past symptoms are personal, not urgent", [
  ["I had a seizure years ago, none since. Can I get a driver's license?", "personal", true],
  ["Mi papá tuvo un infarto hace tres años y está bien, ¿puede volar?", "personal", true],
  ["chest pain on and off for months, only when I run, not happening now", "personal", true],
]);

table("negated symptoms do not make a message urgent", [
  ["no chest pain, just curious: what's the difference between angina and a heart attack?", "education", false],
  ["sin dolor de pecho ni nada, solo que mi presión anda alta", "personal", true],
]);

table("thoughts of self-harm stay urgent even when long-standing", [
  ["I've been thinking about killing myself for weeks", "urgent"],
  ["ya no aguanto más, quiero hacerme daño", "urgent"],
]);

table("general questions about emergencies are education", [
  ["What are the warning signs of a stroke?", "education"],
  ["¿Qué hacer si alguien se desmaya?", "education"],
]);

table("a specific person's health is personal, including caregivers and parents", [
  ["my mom's new blood pressure pill makes her dizzy, should she stop it?", "personal", true],
  ["Mi hijo de 4 años tiene tos desde hace una semana", "personal", true],
  ["can I get my lisinopril refilled?", "personal", true],
  ["where do I park for my MRI tomorrow?", "personal", true],
]);

table("asking for a friend: personal with details, education as a joke", [
  ["asking for a friend: she's been spotting for two weeks on the pill", "personal", true],
  ["asking for a friend lol, does caffeine stunt your growth?", "education", false],
]);

table("clinicians asking peers general questions are education", [
  ["Colleagues: how are you counselling on statins in patients over 75?", "education", false],
  ["As a pharmacist I'm seeing more questions about GLP-1 shortages. What are others advising?", "education", false],
]);

table("spam is other even with health claims; sincere myths are education", [
  ["This tea cures diabetes!! use code HEAL for 20% off, link in bio", "other"],
  ["vaccines cause autism, right?", "education"],
]);

table("complaints: an admin question is logistics, a rhetorical one stays feedback", [
  ["On hold for 40 minutes, ridiculous. Do you have an online booking link?", "logistics"],
  ["How is it possible that nobody returns calls here? Pathetic.", "feedback"],
]);

table("thanks that mention past care, with no question, are feedback with PHI", [
  ["Thank you Dr. Ross for catching my dad's melanoma early. Forever grateful.", "feedback", true],
  ["Great staff, always on time. 5 stars.", "feedback", false],
]);

table("naming one's own appointment is logistics with PHI", [
  ["need to cancel my 3pm tomorrow", "logistics", true],
  ["What are your Saturday hours?", "logistics", false],
]);

describe("result shape", () => {
  it("empty text is other", () => {
    expect(triageMessage({ text: "" }).category).toBe("other");
    expect(triageMessage({ text: "   " }).category).toBe("other");
  });
  it("detects Spanish and reports the engine version, a confidence and reasons", () => {
    const result = triageMessage({ text: "¿A qué hora abren el sábado?", platform: "facebook" });
    expect(result.language).toBe("es");
    expect(result.engineVersion).toBe(TRIAGE_ENGINE_VERSION);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.reasons.length).toBeGreaterThan(0);
  });
});
