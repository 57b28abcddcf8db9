import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { NotFound } from "../errors.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import type { Practice } from "./practice.ts";

function toPractice(item: Record<string, unknown>): Practice {
  const { id, slug, name, settings, createdAt } = item as unknown as Practice;
  return { id, slug, name, settings, createdAt };
}

export async function getPractice(deps: Deps, practiceId: string): Promise<Practice> {
  const res = await withStore(() =>
    deps.store.doc.send(new GetCommand({ TableName: deps.store.tableName, Key: keys.practice(practiceId) })),
  );
  if (!res.Item) throw new NotFound("No such practice");
  return toPractice(res.Item);
}

export async function findPracticeBySlug(deps: Deps, slug: string): Promise<Practice | null> {
  const res = await withStore(() =>
    deps.store.doc.send(new GetCommand({ TableName: deps.store.tableName, Key: keys.slug(slug) })),
  );
  if (!res.Item) return null;
  return getPractice(deps, res.Item.practiceId as string);
}
