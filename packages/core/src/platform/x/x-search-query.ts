/**
 * Builds a recent-search query from a channel's watched terms: `(#tag OR word OR "two words") -is:retweet -from:<id>`.
 * Terms starting with # or @ or $ stay operators; others are quoted when they hold spaces.
 * Returns undefined when there is nothing to watch. X caps query length (512 characters on
 * most tiers, docs.x.com/x-api/posts/search/integrate/build-a-query); longer queries are cut at a whole term.
 */
export function buildXSearchQuery(watch: unknown, accountId: string, maxLength = 512): string | undefined {
  if (!Array.isArray(watch)) return undefined;
  const terms = [...new Set(watch.filter((t): t is string => typeof t === "string").map((t) => t.trim()).filter(Boolean))].map(quote);
  if (terms.length === 0) return undefined;
  const suffix = ` -is:retweet -from:${accountId}`;
  const kept: string[] = [];
  for (const term of terms) {
    const candidate = `(${[...kept, term].join(" OR ")})${suffix}`;
    if (candidate.length > maxLength) break;
    kept.push(term);
  }
  return kept.length ? `(${kept.join(" OR ")})${suffix}` : undefined;
}

function quote(term: string): string {
  if (/^[#@$][\p{L}\p{N}_]+$/u.test(term)) return term;
  const clean = term.replace(/"/g, "");
  return /\s/.test(clean) ? `"${clean}"` : clean;
}
