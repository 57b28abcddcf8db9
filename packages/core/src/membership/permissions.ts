import { Forbidden } from "../errors.ts";
import type { Role } from "./role.ts";

/**
 * Who may do what, decided here and only here. Routes and domain verbs call `assertCan`;
 * the dashboard reads the same table (through /api/auth/me) only to hide what it cannot do.
 */
export const PERMISSIONS = {
  "conversation.read": ["staff", "physician", "admin"],
  "conversation.triage": ["staff", "physician", "admin"],
  "conversation.assign": ["staff", "physician", "admin"],
  "conversation.note": ["staff", "physician", "admin"],
  "draft.edit": ["staff", "physician", "admin"],
  "draft.submit": ["staff", "physician", "admin"],
  "draft.decide": ["staff", "physician", "admin"],
  "draft.override_safety": ["physician"],
  "article.read": ["staff", "physician", "admin"],
  "article.write": ["physician", "admin"],
  "analytics.read": ["physician", "admin"],
  "channel.read": ["admin"],
  "channel.write": ["admin"],
  "user.manage": ["admin"],
  "settings.read": ["staff", "physician", "admin"],
  "settings.write": ["admin"],
  "audit.read": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function assertCan(role: Role, permission: Permission): void {
  if (!can(role, permission)) throw new Forbidden();
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
