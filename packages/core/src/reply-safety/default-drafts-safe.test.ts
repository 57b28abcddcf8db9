import { describe, expect, it } from "vitest";
import { DEMO_ARTICLES } from "../article/demo-articles.ts";
import { DEFAULT_TEMPLATES } from "../draft/default-templates.ts";
import { checkReply } from "./check-reply.ts";

// The drafts Bedside writes by itself must pass the checker, or every draft would need an override.
const settings: Record<string, string> = {
  phone: "555-0100", portal: "https://portal.example", booking: "https://clinic.example/book",
  hours: "Monday to Friday, 8 am to 5 pm", address: "120 Main Street, Springfield",
};
const fill = (template: string, articles = "") =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => (k === "articles" ? articles : settings[k] ?? ""));
const messages = {
  en: { urgent: "my dad has crushing chest pain", personal: "my A1C was 7.2, should I worry?", education: "when should mammograms start?", logistics: "what are your hours?", feedback: "waited two hours for my visit" },
  es: { urgent: "mi papá tiene dolor de pecho fuerte", personal: "mi A1C salió en 7.2, ¿me preocupo?", education: "¿a qué edad empiezan las mamografías?", logistics: "¿cuál es su horario?", feedback: "esperé dos horas para mi cita" },
} as const;

describe("default drafts are safe", () => {
  for (const [category, byLanguage] of Object.entries(DEFAULT_TEMPLATES) as [keyof typeof messages.en, Record<"en" | "es", string>][]) {
    for (const language of ["en", "es"] as const) {
      it(`${category} (${language})`, () => {
        const articles = DEMO_ARTICLES.filter((a) => a.language === language);
        const replies = category === "education" ? articles.map((a) => fill(byLanguage[language], `${a.summary} ${a.url}`)) : [fill(byLanguage[language])];
        for (const reply of replies) {
          const result = checkReply({ message: messages[language][category], reply, category });
          expect(result.violations.map((v) => `${v.type}: ${v.text}`), reply).toEqual([]);
        }
      });
    }
  }
});
