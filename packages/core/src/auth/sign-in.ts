import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import { TooManyRequests, Unauthorized } from "../errors.ts";
import type { UserRecord } from "../membership/user.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password.ts";

const WRONG = "Email or password is not correct";
export const THROTTLE = { perAccount: 5, perClient: 20, windowSeconds: 15 * 60 };

async function failuresOf(deps: Deps, scope: string, nowSeconds: number): Promise<number> {
  const res = await deps.store.doc.send(new GetCommand({ TableName: deps.store.tableName, Key: keys.throttle(scope) }));
  if (!res.Item || (res.Item.expiresAt as number) <= nowSeconds) return 0;
  return res.Item.count as number;
}

async function recordFailure(deps: Deps, scope: string, nowSeconds: number): Promise<void> {
  // The window starts at the first failure; DynamoDB TTL (and the read above) ends it.
  await deps.store.doc.send(
    new UpdateCommand({
      TableName: deps.store.tableName,
      Key: keys.throttle(scope),
      UpdateExpression: "SET #c = if_not_exists(#c, :zero) + :one, expiresAt = if_not_exists(expiresAt, :exp)",
      ExpressionAttributeNames: { "#c": "count" },
      ExpressionAttributeValues: { ":zero": 0, ":one": 1, ":exp": nowSeconds + THROTTLE.windowSeconds },
    }),
  );
}

/**
 * Checks an email and password. Unknown email and wrong password give the same error after the
 * same work; failures are counted per account and per client, and past the limit sign-in is refused.
 */
export async function signIn(
  deps: Deps,
  input: { email: string; password: string; clientId: string },
): Promise<UserRecord> {
  const now = Math.floor(deps.clock().getTime() / 1000);
  const email = input.email.trim().toLowerCase();
  const accountScope = `login#account#${email}`;
  const clientScope = `login#client#${input.clientId}`;
  return withStore(async () => {
    const [byAccount, byClient] = await Promise.all([failuresOf(deps, accountScope, now), failuresOf(deps, clientScope, now)]);
    if (byAccount >= THROTTLE.perAccount || byClient >= THROTTLE.perClient) {
      throw new TooManyRequests("Too many failed sign-ins; wait 15 minutes and try again", THROTTLE.windowSeconds);
    }
    const lookup = await deps.store.doc.send(new GetCommand({ TableName: deps.store.tableName, Key: keys.email(email) }));
    let user: UserRecord | undefined;
    if (lookup.Item) {
      const res = await deps.store.doc.send(
        new GetCommand({
          TableName: deps.store.tableName,
          Key: keys.user(lookup.Item.practiceId as string, lookup.Item.userId as string),
        }),
      );
      user = res.Item as UserRecord | undefined;
    }
    const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!user || !ok || user.status !== "active") {
      await Promise.all([recordFailure(deps, accountScope, now), recordFailure(deps, clientScope, now)]);
      throw new Unauthorized(WRONG);
    }
    return user;
  });
}
