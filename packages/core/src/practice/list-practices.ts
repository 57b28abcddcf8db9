import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { queryAll } from "../storage/query-all.ts";

/** Every practice (id and slug), through gsi1 `PRACTICES`: for jobs that work practice by practice. */
export async function listPractices(deps: Deps): Promise<Array<{ id: string; slug: string }>> {
  const items = await queryAll(deps, {
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :h",
    ExpressionAttributeValues: { ":h": keys.allPractices() },
  });
  return items.map((i) => ({ id: String(i.id), slug: String(i.slug) }));
}
