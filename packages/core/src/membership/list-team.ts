import type { Ctx } from "../context.ts";
import { keys } from "../storage/keys.ts";
import { queryAll } from "../storage/query-all.ts";
import { assertCan } from "./permissions.ts";
import type { UserRecord } from "./user.ts";

export interface TeamMember {
  id: string;
  name: string;
  role: string;
}

/**
 * Who is on the practice's team, for showing assignees by name: id, name and role of active
 * users only (no email, no status), so everyone who can read the inbox may see it.
 */
export async function listTeam(ctx: Ctx): Promise<TeamMember[]> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "conversation.read");
  const { pk, skPrefix } = keys.usersOf(ctx.actor.practiceId);
  const items = await queryAll(ctx, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :u)",
    ExpressionAttributeValues: { ":pk": pk, ":u": skPrefix },
  });
  return (items as unknown as UserRecord[])
    .filter((u) => u.status === "active")
    .map((u) => ({ id: u.id, name: u.name, role: u.role }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
