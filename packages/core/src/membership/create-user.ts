import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { auditPut } from "../audit/audit-event.ts";
import { hashPassword } from "../auth/password.ts";
import type { Ctx } from "../context.ts";
import { Conflict } from "../errors.ts";
import { keys } from "../storage/keys.ts";
import { failedConditions, withStore } from "../storage/store-errors.ts";
import { assertCan } from "./permissions.ts";
import { Role } from "./role.ts";
import { publicUser, type User, type UserRecord } from "./user.ts";

export const CreateUserInput = z.object({
  email: z.string().email().max(200).transform((e) => e.toLowerCase()),
  name: z.string().min(1).max(120),
  role: Role,
  password: z.string().min(10).max(200),
});

/** Adds a user to the actor's practice. Emails are unique across Bedside (sign-in looks them up). */
export async function createUser(ctx: Ctx, raw: z.input<typeof CreateUserInput>): Promise<User> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "user.manage");
  const input = CreateUserInput.parse(raw);
  const practiceId = ctx.actor.practiceId;
  const record: UserRecord = {
    id: ctx.newId("usr"),
    practiceId,
    email: input.email,
    name: input.name,
    role: input.role,
    status: "active",
    sessionVersion: 1,
    createdAt: ctx.clock().toISOString(),
    passwordHash: await hashPassword(input.password),
  };
  const table = ctx.store.tableName;
  try {
    await withStore(() =>
      ctx.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: table, Item: { ...keys.user(practiceId, record.id), type: "user", ...record } } },
            {
              Put: {
                TableName: table,
                Item: { ...keys.email(record.email), type: "email", practiceId, userId: record.id },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            auditPut(ctx, { action: "user.created", entityType: "user", entityId: record.id, meta: { role: record.role } }),
          ],
        }),
      ),
    );
  } catch (error) {
    if (failedConditions(error).includes(1) || error instanceof Conflict) {
      throw new Conflict("A user with that email already exists");
    }
    throw error;
  }
  return publicUser(record);
}
