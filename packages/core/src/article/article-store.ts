import { GetCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { auditPut } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import { Conflict, NotFound } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { withStore } from "../storage/store-errors.ts";
import { ArticleInput, type Article } from "./article.ts";

const key = (practiceId: string, id: string) => ({ pk: `P#${practiceId}`, sk: `ARTICLE#${id}` });
const strip = ({ pk: _p, sk: _s, type: _t, ...a }: Record<string, unknown>) => a as unknown as Article;

/** Every article of the practice (active and retired): one Query. */
export async function listArticles(ctx: Ctx, options: { includeRetired?: boolean } = {}): Promise<Article[]> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "article.read");
  const res = await withStore(() =>
    ctx.store.doc.send(
      new QueryCommand({
        TableName: ctx.store.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :a)",
        ExpressionAttributeValues: { ":pk": `P#${ctx.actor.practiceId}`, ":a": "ARTICLE#" },
      }),
    ),
  );
  const all = (res.Items ?? []).map(strip);
  return options.includeRetired ? all : all.filter((a) => a.status === "active");
}

export async function createArticle(ctx: Ctx, raw: ArticleInput): Promise<Article> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "article.write");
  const input = ArticleInput.parse(raw);
  const now = ctx.clock().toISOString();
  const article: Article = { ...input, id: ctx.newId("art"), practiceId: ctx.actor.practiceId, status: "active", createdAt: now, updatedAt: now, version: 1 };
  await withStore(() =>
    ctx.store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: ctx.store.tableName, Item: { ...key(article.practiceId, article.id), type: "article", ...article } } },
          auditPut(ctx, { action: "article.created", entityType: "article", entityId: article.id, meta: { language: article.language } }),
        ],
      }),
    ),
  );
  return article;
}

/** Edits or retires an article; `version` must match (409 with the current one otherwise). */
export async function updateArticle(
  ctx: Ctx,
  id: string,
  change: { version: number; status?: "active" | "retired" } & Partial<ArticleInput>,
): Promise<Article> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "article.write");
  const res = await withStore(() => ctx.store.doc.send(new GetCommand({ TableName: ctx.store.tableName, Key: key(ctx.actor.practiceId, id) })));
  if (!res.Item) throw new NotFound("No such article");
  const current = strip(res.Item);
  if (current.version !== change.version) throw new Conflict("Someone else changed this article first", current);
  const { version: _v, status, ...fields } = change;
  const next: Article = { ...current, ...ArticleInput.partial().parse(fields), status: status ?? current.status, updatedAt: ctx.clock().toISOString(), version: current.version + 1 };
  try {
    await withStore(() =>
      ctx.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: ctx.store.tableName,
                Item: { ...key(next.practiceId, id), type: "article", ...next },
                ConditionExpression: "version = :v",
                ExpressionAttributeValues: { ":v": current.version },
              },
            },
            auditPut(ctx, { action: status === "retired" ? "article.retired" : "article.updated", entityType: "article", entityId: id }),
          ],
        }),
      ),
    );
  } catch (error) {
    if (error instanceof Conflict) throw new Conflict("Someone else changed this article first", current);
    throw error;
  }
  return next;
}
