import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { auditPut, type AuditInput } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import { Conflict, Forbidden, NotFound } from "../errors.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { getUserRecord } from "./get-user.ts";
import { assertCan } from "./permissions.ts";
import { Role } from "./role.ts";
import { publicUser, type User, type UserRecord } from "./user.ts";

export const UpdateUserInput = z
  .object({ role: Role.optional(), status: z.enum(["active", "deactivated"]).optional() })
  .refine((v) => v.role !== undefined || v.status !== undefined, "Change the role or the status");

/**
 * Changes a user's role or status (admins). Deactivating bumps the session version, so every
 * session the user holds ends on its next request. An admin cannot demote or deactivate
 * themselves (a practice must not lock itself out). The write checks the session version it read.
 */
export async function updateUser(ctx: Ctx, userId: string, raw: z.input<typeof UpdateUserInput>): Promise<User> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "user.manage");
  const input = UpdateUserInput.parse(raw);
  if (!/^usr_[0-9a-z]{26}$/.test(userId)) throw new NotFound("No such user");
  const current = await getUserRecord(ctx, ctx.actor.practiceId, userId);
  if (!current) throw new NotFound("No such user");
  if (userId === ctx.actor.userId && ((input.role && input.role !== current.role) || input.status === "deactivated")) {
    throw new Forbidden("You cannot change your own role or deactivate yourself; ask another admin");
  }
  const deactivating = input.status === "deactivated" && current.status !== "deactivated";
  const next: UserRecord = {
    ...current,
    role: input.role ?? current.role,
    status: input.status ?? current.status,
    sessionVersion: deactivating ? current.sessionVersion + 1 : current.sessionVersion,
  };
  const audits: AuditInput[] = [];
  if (next.role !== current.role) audits.push({ action: "user.role_changed", entityType: "user", entityId: userId, meta: { from: current.role, to: next.role } });
  if (next.status !== current.status) audits.push({ action: next.status === "deactivated" ? "user.deactivated" : "user.reactivated", entityType: "user", entityId: userId });
  if (audits.length === 0) return publicUser(current);
  try {
    await withStore(() =>
      ctx.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: ctx.store.tableName,
                Key: keys.user(ctx.actor.practiceId, userId),
                UpdateExpression: "SET #r = :r, #s = :s, sessionVersion = :nv",
                ConditionExpression: "sessionVersion = :v AND #r = :cr AND #s = :cs",
                ExpressionAttributeNames: { "#r": "role", "#s": "status" },
                ExpressionAttributeValues: { ":r": next.role, ":s": next.status, ":nv": next.sessionVersion, ":v": current.sessionVersion, ":cr": current.role, ":cs": current.status },
              },
            },
            ...audits.map((a) => auditPut(ctx, a)),
          ],
        }),
      ),
    );
  } catch (error) {
    if (error instanceof Conflict) throw new Conflict("Someone else changed this user first; reload and try again");
    throw error;
  }
  return publicUser(next);
}
