import { createRoute, z } from "@hono/zod-openapi";
import { newRouter } from "./new-router.ts";
import { createArticle, listArticles, updateArticle } from "@bedside/core/article/article-store";
import { rankArticles } from "@bedside/core/article/rank-articles";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { errorResponses, IdParam } from "./schemas.ts";

const ArticleFields = z.object({
  title: z.string().min(3).max(200),
  summary: z.string().min(10).max(1200),
  url: z.string().url().max(500),
  topics: z.array(z.string().min(2).max(60)).min(1).max(20),
  language: z.enum(["en", "es"]),
});
const ArticleBody = ArticleFields.extend({ id: z.string(), status: z.enum(["active", "retired"]), createdAt: z.string(), updatedAt: z.string(), version: z.number() }).openapi("Article");
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });

const routes = {
  list: createRoute({ method: "get", path: "/articles", tags: ["knowledge base"], request: { query: z.object({ q: z.string().max(300).optional(), language: z.enum(["en", "es"]).optional(), includeRetired: z.enum(["true", "false"]).optional() }) }, responses: { 200: json(z.object({ items: z.array(ArticleBody) }), "Articles, ranked when q is given"), ...errorResponses } }),
  create: createRoute({ method: "post", path: "/articles", tags: ["knowledge base"], request: { body: { content: { "application/json": { schema: ArticleFields } }, required: true } }, responses: { 201: json(ArticleBody, "Created"), ...errorResponses } }),
  update: createRoute({ method: "patch", path: "/articles/{id}", tags: ["knowledge base"], request: { params: IdParam, body: { content: { "application/json": { schema: ArticleFields.partial().extend({ version: z.number().int().positive(), status: z.enum(["active", "retired"]).optional() }) } }, required: true } }, responses: { 200: json(ArticleBody, "Updated or retired"), 409: json(z.object({ code: z.string(), message: z.string() }), "Changed by someone else"), ...errorResponses } }),
};

const present = ({ practiceId: _p, ...a }: Record<string, unknown>) => a as z.infer<typeof ArticleBody>;

/** The knowledge base: everyone reads (and searches, to attach); physicians and admins write. */
export function articleRoutes(app: AppDeps) {
  const router = newRouter();
  router.openapi(routes.list, async (c) => {
    const ctx = { ...app.deps, actor: c.get("actor") };
    const q = c.req.valid("query");
    const all = await listArticles(ctx, { includeRetired: q.includeRetired === "true" });
    const items = q.q ? rankArticles(q.q, all, q.language ?? "en").map((r) => r.article) : all;
    return c.json({ items: items.map((a) => present(a as never)) }, 200);
  });
  router.openapi(routes.create, async (c) => {
    const article = await createArticle({ ...app.deps, actor: c.get("actor") }, c.req.valid("json"));
    return c.json(present(article as never), 201);
  });
  router.openapi(routes.update, async (c) => {
    const article = await updateArticle({ ...app.deps, actor: c.get("actor") }, c.req.valid("param").id, c.req.valid("json"));
    return c.json(present(article as never), 200);
  });
  return router;
}
