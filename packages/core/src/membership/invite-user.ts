import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Ctx } from "../context.ts";
import { createUser } from "./create-user.ts";
import { assertCan } from "./permissions.ts";
import { Role } from "./role.ts";
import type { User } from "./user.ts";

export const InviteUserInput = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().email().max(200),
  role: Role,
});

/** 20 random characters from an unambiguous alphabet: about 100 bits. */
export function oneTimePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(40);
  let out = "";
  for (const b of bytes) {
    if (b >= 256 - (256 % alphabet.length)) continue; // no modulo bias
    out += alphabet[b % alphabet.length];
    if (out.length === 20) break;
  }
  return out.length === 20 ? out : oneTimePassword();
}

/**
 * Invites a person: creates the user with a random one-time password, returned only in this
 * answer (it is stored as a scrypt hash like every password) for the admin to hand over.
 */
export async function inviteUser(ctx: Ctx, raw: z.input<typeof InviteUserInput>): Promise<{ user: User; oneTimePassword: string }> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "user.manage");
  const input = InviteUserInput.parse(raw);
  const password = oneTimePassword();
  const user = await createUser(ctx, { ...input, password });
  return { user, oneTimePassword: password };
}
