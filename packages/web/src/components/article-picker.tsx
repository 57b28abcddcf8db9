import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { articlesQuery } from "../api/drafts";
import type { Article, Draft } from "../api/draft-types";
import { useDebouncedValue } from "../lib/use-debounced-value";

/** What goes into the reply when an article is attached: its summary and its link. */
export const articleSnippet = (a: Article) => `${a.summary} Read more: ${a.url}`;

type Props = { draft: Draft; onInsert: (snippet: string) => void };

/** The draft's linked articles, and a search of the knowledge base to attach another. */
export function ArticlePicker({ draft, onInsert }: Props) {
  const [q, setQ] = useState("");
  const settled = useDebouncedValue(q.trim(), 300);
  const searchId = useId();
  const all = useQuery(articlesQuery("", draft.language));
  const results = useQuery({ ...articlesQuery(settled, draft.language), enabled: settled.length > 1 });
  const linked = (all.data ?? []).filter((a) => draft.articleIds.includes(a.id));

  return (
    <div className="articles">
      <h3>Articles</h3>
      {linked.length ? (
        <ul className="article-list">
          {linked.map((a) => (
            <li key={a.id}>
              <a href={a.url} target="_blank" rel="noreferrer noopener">
                {a.title}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No article linked to this reply.</p>
      )}
      <div className="field">
        <label htmlFor={searchId}>Search the knowledge base to attach an article</label>
        <input id={searchId} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. flu shot" />
      </div>
      <div aria-live="polite" className="small">
        {settled.length < 2 ? null : results.isPending ? (
          <p className="muted">Searching…</p>
        ) : results.isError ? (
          <p className="text-danger">Couldn't search: {results.error.message}</p>
        ) : results.data.length === 0 ? (
          <p className="muted">No approved article matches “{settled}”.</p>
        ) : (
          <ul className="article-list">
            {results.data.slice(0, 5).map((a) => (
              <li key={a.id} className="article-result">
                <span>
                  <strong>{a.title}</strong>
                  <span className="muted"> · {a.summary.length > 120 ? `${a.summary.slice(0, 120)}…` : a.summary}</span>
                </span>
                <button type="button" className="button button-small" onClick={() => onInsert(articleSnippet(a))}>
                  Insert<span className="sr-only"> {a.title}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
