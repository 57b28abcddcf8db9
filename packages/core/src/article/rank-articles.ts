import type { Article } from "./article.ts";

const STOP = new Set(
  "a an and are at be can do does for from get how i in is it my of on or should the to what when which who why will with you your el la los las de del y o que como cuando para por con una un es se en mi su".split(" "),
);

/** Lowercase, accents stripped, crude stem (plural/verb endings) so "vaccines" meets "vaccine". */
export function terms(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 2 && !STOP.has(t))
    .map((t) => t.replace(/(ies|es|s|ing|ed)$/, "").replace(/(ciones|cion)$/, "cion"));
}

export interface RankedArticle {
  article: Article;
  score: number;
}

/**
 * Ranks the practice's articles for a question: topic matches weigh most, then title, then
 * summary, each term counted once and weighted by rarity across the practice's articles.
 * Articles in the question's language come first at equal relevance. Pure.
 */
export function rankArticles(question: string, articles: Article[], language: "en" | "es"): RankedArticle[] {
  const q = new Set(terms(question));
  if (q.size === 0 || articles.length === 0) return [];
  const fields = articles.map((a) => ({
    topics: new Set(a.topics.flatMap(terms)),
    title: new Set(terms(a.title)),
    summary: new Set(terms(a.summary)),
  }));
  const df = new Map<string, number>();
  for (const f of fields) for (const t of new Set([...f.topics, ...f.title, ...f.summary])) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + articles.length / (df.get(t) ?? articles.length));
  return articles
    .map((article, i) => {
      let score = 0;
      for (const t of q) {
        const w = idf(t);
        if (fields[i].topics.has(t)) score += 3 * w;
        else if (fields[i].title.has(t)) score += 2 * w;
        else if (fields[i].summary.has(t)) score += w;
      }
      if (article.language === language) score *= 1.25;
      return { article, score };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** A match good enough to cite; below it the draft asks a physician to write an article. */
export const GOOD_MATCH = 2.5;
