import type { Category, MessageKind, Platform, Role } from "../api/types";

export const platformLabel: Record<Platform, string> = {
  x: "X",
  facebook: "Facebook",
  instagram: "Instagram",
  linkedin: "LinkedIn",
  google_reviews: "Google reviews",
  blog: "Blog",
  web_form: "Web form",
  email: "Email",
  sms: "SMS",
};

/** Two or three letters shown in the platform chip; the full name is the accessible label. */
export const platformShort: Record<Platform, string> = {
  x: "X",
  facebook: "FB",
  instagram: "IG",
  linkedin: "IN",
  google_reviews: "G",
  blog: "BLG",
  web_form: "WEB",
  email: "@",
  sms: "SMS",
};

export const categoryLabel: Record<Category, string> = {
  urgent: "Urgent",
  personal: "Personal",
  education: "Education",
  logistics: "Logistics",
  feedback: "Feedback",
  other: "Other",
};

export const categoryHint: Record<Category, string> = {
  urgent: "Possible emergency: emergency guidance only",
  personal: "About one person's health: redirect to a private channel",
  education: "General health question: educational answer",
  logistics: "Administrative question",
  feedback: "Praise, thanks or complaint",
  other: "Spam, promotion or off-topic",
};

export const kindLabel: Record<MessageKind, string> = {
  mention: "Mention",
  comment: "Comment",
  direct_message: "Direct message",
  review: "Review",
  form_submission: "Form submission",
  email: "Email",
  sms: "SMS",
};

export const roleLabel: Record<Role, string> = { staff: "Staff", physician: "Physician", admin: "Admin" };

export const languageLabel = { en: "English", es: "Spanish" } as const;

export function authorLabel(a: { authorHandle: string | null; authorName: string | null }): string {
  if (a.authorHandle) return a.authorHandle.startsWith("@") ? a.authorHandle : `@${a.authorHandle}`;
  return a.authorName ?? "Unknown author";
}

/** "Comment on Facebook"; just "SMS" when the kind and the platform say the same. */
export function sourceLabel(kind: MessageKind, platform: Platform): string {
  return kindLabel[kind] === platformLabel[platform] ? kindLabel[kind] : `${kindLabel[kind]} on ${platformLabel[platform]}`;
}
