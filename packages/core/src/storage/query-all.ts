import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { withStore } from "./store-errors.ts";

/** Every page of one Query, page by page (for jobs: backfill, retention). */
export async function* queryPages(deps: Deps, input: Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey">): AsyncGenerator<Record<string, unknown>[]> {
  let start: Record<string, unknown> | undefined;
  do {
    const res = await withStore(() => deps.store.doc.send(new QueryCommand({ ...input, TableName: deps.store.tableName, ExclusiveStartKey: start })));
    yield res.Items ?? [];
    start = res.LastEvaluatedKey;
  } while (start);
}

export async function queryAll(deps: Deps, input: Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey">): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for await (const page of queryPages(deps, input)) out.push(...page);
  return out;
}
