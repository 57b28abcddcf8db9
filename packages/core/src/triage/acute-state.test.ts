import { describe, expect, it } from "vitest";
import { Category } from "./category.ts";
import { triageMessage } from "./triage-message.ts";

type Case = [text: string, category: Category];

function table(rule: string, cases: Case[]): void {
  describe(rule, () => {
    it.each(cases)("%s -> %s", (text, category) => expect(triageMessage({ text }).category).toBe(category));
  });
}

// Each family is read from kinds of words, not sentences: these wordings are not in the corpora.
table("acute-state net: not able to breathe, speak, wake or stand is urgent", [
  ["my husband is struggling to get air and keeps sitting up", "urgent"],
  ["she can barely finish a sentence without stopping", "urgent"],
  ["mi suegra casi no puede respirar desde hace un rato", "urgent"],
  ["grandpa wont wake up properly, just mumbles", "urgent"],
]);

table("acute-state net: collapse and fainting are urgent", [
  ["my coworker just blacked out at her desk", "urgent"],
  ["mi tío perdió el conocimiento en la cocina", "urgent"],
]);

table("acute-state net: colour change of lips or skin is urgent", [
  ["the baby's lips are going kind of grey", "urgent"],
  ["a mi hijo se le pusieron los labios muy morados", "urgent"],
]);

table("acute-state net: extreme pain or the worst ever, next to a body site, is urgent", [
  ["worst pain of my life in my lower back and side, cant sit still", "urgent"],
  ["tengo un dolor insoportable en la pancita", "urgent"],
  ["brutal pain behind my eye, started an hour ago", "urgent"],
]);

table("acute-state net: severe pain at a vital site, or sudden onset, is urgent", [
  ["out of nowhere my head is pounding and the light hurts", "urgent"],
  ["de repente le dio un dolor muy fuerte en el estómago", "urgent"],
]);

table("acute-state net: rescue medicine that is not working is urgent", [
  ["gave him two puffs of the albuterol and it's not helping at all", "urgent"],
  ["le pusimos la epipen y no le hizo nada", "urgent"],
]);

table("acute-state net: dehydration signs in a child are urgent", [
  ["toddler has had diarrhea all day and hasn't peed since breakfast", "urgent"],
  ["la niña llora sin lágrimas y tiene la boca seca", "urgent"],
]);

table("acute-state net: symptoms with a gas or carbon monoxide hazard are urgent", [
  ["we all feel dizzy and the apartment smells like gas", "urgent"],
  ["usamos un anafre adentro y todos tenemos dolor de cabeza", "urgent"],
]);

table("acute-state net: asking about 911, the ER or whether it can wait is urgent", [
  ["should I take my son to the ER, his arm looks bent after the fall", "urgent"],
  ["my belly hurts on the right, can it wait until morning?", "urgent"],
]);

table("acute-state net does not fire on past, long-standing or general wording", [
  ["I passed out once in 2019 after giving blood, is it safe to donate again?", "personal"],
  ["my knee pain has been terrible for months when I run", "personal"],
  ["what are the signs that someone is going to pass out?", "education"],
  ["tengo tos desde hace tres semanas, ¿me pueden ver?", "personal"],
]);

table("one person's symptoms with a severity or onset word are urgent (safety default)", [
  ["my daughter's ear is really bad tonight and she is scared", "urgent"],
]);

table("a wish or plan after 'now' does not make an old event current", [
  ["I had a heart attack in 2020 and now I want to start lifting weights, ok?", "personal"],
]);
