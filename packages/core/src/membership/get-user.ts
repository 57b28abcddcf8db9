import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import type { UserRecord } from "./user.ts";

export async function getUserRecord(deps: Deps, practiceId: string, userId: string): Promise<UserRecord | null> {
  const res = await withStore(() =>
    deps.store.doc.send(new GetCommand({ TableName: deps.store.tableName, Key: keys.user(practiceId, userId) })),
  );
  return (res.Item as UserRecord | undefined) ?? null;
}
