import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createLazyRoute } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { adminArticlesQuery, type ArticleFields, type ArticleRow, createArticle, updateArticle } from "../api/admin";
import { MutationError } from "../components/admin/mutation-error";
import { QueryState } from "../components/admin/query-state";
import { StateMessage } from "../components/state-message";
import { languageLabel } from "../lib/labels";
import { formatDateTime } from "../lib/time";
import { usePageTitle } from "../lib/use-page-title";

export const adminArticlesLazyRoute = createLazyRoute("/_app/admin/articles")({ component: ArticlesPage });

/** The knowledge base replies link to: create, edit, retire (a retired article is no longer offered) and restore. */
function ArticlesPage() {
  usePageTitle("Articles");
  const query = useQuery(adminArticlesQuery);
  const [editing, setEditing] = useState<ArticleRow | "new" | null>(null);
  return (
    <section className="admin-page" aria-labelledby="articles-title">
      <div className="page-head">
        <h1 id="articles-title">Knowledge-base articles</h1>
        {editing === null ? (
          <button type="button" className="button button-primary" onClick={() => setEditing("new")}>
            New article
          </button>
        ) : null}
      </div>
      {editing !== null ? <ArticleForm key={editing === "new" ? "new" : editing.id} article={editing === "new" ? null : editing} onDone={() => setEditing(null)} /> : null}
      <QueryState query={query} what="the articles">
        {(articles) =>
          articles.length === 0 ? (
            <StateMessage title="No articles yet">
              <p>Articles are the practice's own pages that educational replies link to. Add the first one.</p>
            </StateMessage>
          ) : (
            <ArticleTable articles={articles} onEdit={setEditing} />
          )
        }
      </QueryState>
    </section>
  );
}

function ArticleTable({ articles, onEdit }: { articles: ArticleRow[]; onEdit: (a: ArticleRow) => void }) {
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (a: ArticleRow) => updateArticle(a.id, { version: a.version, status: a.status === "active" ? "retired" : "active" }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["admin", "articles"] }),
  });
  const sorted = [...articles].sort((a, b) => (a.status === b.status ? a.title.localeCompare(b.title) : a.status === "active" ? -1 : 1));
  return (
    <>
      <MutationError error={toggle.error} />
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">Articles, active first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Language</th>
              <th scope="col">Topics</th>
              <th scope="col">Status</th>
              <th scope="col">Updated</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((a) => (
              <tr key={a.id} className={a.status === "retired" ? "row-inactive" : undefined}>
                <th scope="row">
                  <a href={a.url} target="_blank" rel="noreferrer noopener">
                    {a.title}
                  </a>
                </th>
                <td>{languageLabel[a.language]}</td>
                <td>{a.topics.join(", ")}</td>
                <td>{a.status === "active" ? "Active" : "Retired"}</td>
                <td>{formatDateTime(a.updatedAt)}</td>
                <td className="actions">
                  <button type="button" className="button button-small" onClick={() => onEdit(a)}>
                    Edit<span className="sr-only"> {a.title}</span>
                  </button>
                  <button type="button" className="button button-small" disabled={toggle.isPending} onClick={() => toggle.mutate(a)}>
                    {a.status === "active" ? "Retire" : "Restore"}
                    <span className="sr-only"> {a.title}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ArticleForm({ article, onDone }: { article: ArticleRow | null; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    title: article?.title ?? "",
    summary: article?.summary ?? "",
    url: article?.url ?? "",
    topics: article?.topics.join(", ") ?? "",
    language: article?.language ?? ("en" as ArticleFields["language"]),
  });
  const save = useMutation({
    mutationFn: () => {
      const fields: ArticleFields = { ...form, topics: form.topics.split(",").map((t) => t.trim()).filter(Boolean) };
      return article ? updateArticle(article.id, { ...fields, version: article.version }) : createArticle(fields);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["admin", "articles"] });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="panel admin-form" onSubmit={submit} aria-labelledby="article-form-title">
      <h2 id="article-form-title">{article ? `Edit “${article.title}”` : "New article"}</h2>
      <div className="field">
        <label htmlFor="art-title">Title</label>
        <input id="art-title" required minLength={3} maxLength={200} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="art-summary">Summary</label>
        <textarea id="art-summary" required minLength={10} maxLength={1200} rows={3} value={form.summary} onChange={(e) => setForm({ ...form, summary: e.target.value })} aria-describedby="art-summary-help" />
        <p id="art-summary-help" className="small muted">
          A few plain sentences; drafts quote it when they link the article.
        </p>
      </div>
      <div className="form-row">
        <div className="field grow">
          <label htmlFor="art-url">Link</label>
          <input id="art-url" type="url" required maxLength={500} value={form.url} onChange={(e) => setForm({ ...form, url: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="art-language">Language</label>
          <select id="art-language" value={form.language} onChange={(e) => setForm({ ...form, language: e.target.value as ArticleFields["language"] })}>
            <option value="en">English</option>
            <option value="es">Spanish</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="art-topics">Topics</label>
        <input id="art-topics" required value={form.topics} onChange={(e) => setForm({ ...form, topics: e.target.value })} aria-describedby="art-topics-help" />
        <p id="art-topics-help" className="small muted">
          Comma-separated words people use when they ask about it (e.g. flu, flu shot, vaccine).
        </p>
      </div>
      <MutationError error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : article ? "Save changes" : "Create article"}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
