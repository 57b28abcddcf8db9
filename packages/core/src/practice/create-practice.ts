import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { auditPut } from "../audit/audit-event.ts";
import { systemActor, type Deps } from "../context.ts";
import { Conflict } from "../errors.ts";
import { keys } from "../storage/keys.ts";
import { failedConditions, withStore } from "../storage/store-errors.ts";
import { PracticeSettings, Slug, type Practice } from "./practice.ts";

export const CreatePracticeInput = z.object({
  slug: Slug,
  name: z.string().min(1).max(120),
  settings: PracticeSettings.partial().default({}),
});

/** Creates a tenant. The slug is unique (a guard item written in the same transaction). */
export async function createPractice(deps: Deps, raw: z.input<typeof CreatePracticeInput>): Promise<Practice> {
  const input = CreatePracticeInput.parse(raw);
  const id = deps.newId("prc");
  const ctx = { ...deps, actor: systemActor(id) };
  const practice: Practice = {
    id,
    slug: input.slug,
    name: input.name,
    settings: PracticeSettings.parse(input.settings),
    createdAt: deps.clock().toISOString(),
  };
  const table = deps.store.tableName;
  try {
    await withStore(() =>
      deps.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: table, Item: { ...keys.practice(id), gsi1pk: keys.allPractices(), gsi1sk: input.slug, type: "practice", ...practice } } },
            {
              Put: {
                TableName: table,
                Item: { ...keys.slug(input.slug), type: "slug", practiceId: id },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            auditPut(ctx, { action: "practice.created", entityType: "practice", entityId: id }),
          ],
        }),
      ),
    );
  } catch (error) {
    if (failedConditions(error).includes(1) || error instanceof Conflict) {
      throw new Conflict("That practice address (slug) is taken");
    }
    throw error;
  }
  return practice;
}
