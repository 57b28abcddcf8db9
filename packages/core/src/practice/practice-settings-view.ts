import type { Role } from "../membership/role.ts";
import { can } from "../membership/permissions.ts";
import type { Practice, PracticeSettings } from "./practice.ts";

/** What every role may read: how to reach the practice and how fast it aims to answer. */
export const PUBLIC_SETTING_FIELDS = ["phone", "address", "hours", "portalUrl", "bookingUrl", "timezone", "responseTargetMinutes"] as const;

export interface SettingsView {
  name: string;
  slug: string;
  version: number;
  /** All fields for admins; the public fields for everyone else. */
  settings: Partial<PracticeSettings>;
  complete: boolean;
}

export function settingsView(practice: Practice & { settingsVersion?: number }, role: Role | "system"): SettingsView {
  const full = role === "system" || can(role, "settings.write");
  const settings = full ? practice.settings : Object.fromEntries(PUBLIC_SETTING_FIELDS.map((f) => [f, practice.settings[f]]));
  return { name: practice.name, slug: practice.slug, version: practice.settingsVersion ?? 1, settings, complete: full };
}
