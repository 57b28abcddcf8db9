import type { Role } from "./role.ts";

/** A person who signs in, with their membership (role) in one practice. */
export interface User {
  id: string;
  practiceId: string;
  email: string;
  name: string;
  role: Role;
  status: "active" | "deactivated";
  /** Bumped to end every session of the user at once. */
  sessionVersion: number;
  createdAt: string;
}

export interface UserRecord extends User {
  passwordHash: string;
}

export function publicUser(record: UserRecord): User {
  const { passwordHash: _omit, ...user } = record;
  return user;
}
