import { z } from "zod";
import { Role } from "../membership/role.ts";
import { Category } from "../triage/category.ts";

export const PracticeSettings = z.object({
  phone: z.string().max(40).default(""),
  address: z.string().max(300).default(""),
  hours: z.string().max(300).default(""),
  portalUrl: z.string().url().or(z.literal("")).default(""),
  bookingUrl: z.string().url().or(z.literal("")).default(""),
  /** Who is told at once about an urgent message: a phone number (SMS) or an email address. */
  onCallContact: z.string().max(200).default(""),
  timezone: z.string().max(60).default("America/New_York"),
  /** Minutes within which each category should get its first reply. */
  responseTargetMinutes: z.record(Category, z.number().int().positive()).default({
    urgent: 15,
    personal: 240,
    education: 1440,
    logistics: 480,
    feedback: 2880,
    other: 10080,
  }),
  retentionDays: z.number().int().min(30).max(3650).default(730),
  /** Per category and language, overriding DEFAULT_TEMPLATES. */
  templates: z.partialRecord(Category, z.object({ en: z.string().max(2000).optional(), es: z.string().max(2000).optional() })).default({}),
  /** Who may approve a reply to each category (overrides DEFAULT_APPROVERS). */
  approvers: z.partialRecord(Category, z.array(Role).min(1)).default({}),
});
export type PracticeSettings = z.infer<typeof PracticeSettings>;

export interface Practice {
  id: string;
  slug: string;
  name: string;
  settings: PracticeSettings;
  createdAt: string;
}

export const Slug = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "lowercase letters, digits and dashes");
