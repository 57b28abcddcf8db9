import type { Article } from "../article/article.ts";
import { GOOD_MATCH, rankArticles } from "../article/rank-articles.ts";
import type { PracticeSettings } from "../practice/practice.ts";
import type { Category } from "../triage/category.ts";
import { DEFAULT_TEMPLATES, NO_ARTICLE, type Language } from "./default-templates.ts";

export interface ComposedDraft {
  text: string;
  articleIds: string[];
  /** True when no approved article fits: a physician must write the answer. */
  needsArticle: boolean;
}

function fill(template: string, values: Record<string, string>): string {
  return template
    .replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "")
    .replace(/\(\s*\)/g, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function articleSentence(articles: Article[], language: Language): string {
  const [first, second] = articles;
  const lead = language === "es" ? `${first.summary} Más información: ${first.url}` : `${first.summary} Read more: ${first.url}`;
  return second ? `${lead} ${language === "es" ? "y" : "and"} ${second.url}` : lead;
}

/**
 * The draft reply for a message, in its language. Pure: it only ever uses the practice's settings,
 * templates and approved articles, never the message's own words, so a draft cannot repeat the
 * writer's details. `other` gets no draft (null).
 */
export function composeDraft(input: {
  category: Category;
  language: Language;
  question: string;
  practiceName: string;
  settings: PracticeSettings;
  articles: Article[];
}): ComposedDraft | null {
  if (input.category === "other") return null;
  const { settings, language } = input;
  const template = settings.templates?.[input.category]?.[language] ?? DEFAULT_TEMPLATES[input.category][language];
  let articleIds: string[] = [];
  let articlesText = "";
  let needsArticle = false;
  if (input.category === "education") {
    const ranked = rankArticles(input.question, input.articles, language).filter((r) => r.score >= GOOD_MATCH);
    const chosen = ranked.slice(0, 2).filter((r, i) => i === 0 || r.score >= ranked[0].score * 0.8).map((r) => r.article);
    articleIds = chosen.map((a) => a.id);
    needsArticle = chosen.length === 0;
    articlesText = needsArticle ? NO_ARTICLE[language] : articleSentence(chosen, language);
  }
  const text = fill(template, {
    phone: settings.phone,
    portal: settings.portalUrl,
    booking: settings.bookingUrl,
    hours: settings.hours,
    address: settings.address,
    practice: input.practiceName,
    articles: articlesText,
  });
  return { text, articleIds, needsArticle };
}
