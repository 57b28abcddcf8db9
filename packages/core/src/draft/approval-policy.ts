import type { Role } from "../membership/role.ts";
import type { PracticeSettings } from "../practice/practice.ts";
import type { Category } from "../triage/category.ts";

/**
 * Who may approve a reply, by the category of the message it answers. Clinical content
 * (education, personal) needs a physician; the emergency template for an urgent message may be
 * sent at once by staff or a physician. Admins change this per practice (settings.approvers).
 */
export const DEFAULT_APPROVERS: Record<Category, Role[]> = {
  urgent: ["staff", "physician"],
  personal: ["physician"],
  education: ["physician"],
  logistics: ["staff", "physician"],
  feedback: ["staff", "physician"],
  other: ["staff", "physician"],
};

export function approversFor(category: Category, settings: Pick<PracticeSettings, "approvers">): Role[] {
  return settings.approvers?.[category] ?? DEFAULT_APPROVERS[category];
}

export function mayApprove(role: Role | "system", category: Category, settings: Pick<PracticeSettings, "approvers">): boolean {
  return role !== "system" && approversFor(category, settings).includes(role);
}
