import type { Ctx } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { queryAll } from "../storage/query-all.ts";
import { assertCan } from "./permissions.ts";
import { publicUser, type User, type UserRecord } from "./user.ts";

/** The users of the actor's practice (admins), without password hashes. */
export async function listUsers(ctx: Ctx): Promise<User[]> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "user.manage");
  const { pk, skPrefix } = keys.usersOf(ctx.actor.practiceId);
  const items = await queryAll(ctx, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :u)",
    ExpressionAttributeValues: { ":pk": pk, ":u": skPrefix },
  });
  return items.map((i) => publicUser(i as unknown as UserRecord)).sort((a, b) => a.name.localeCompare(b.name));
}
