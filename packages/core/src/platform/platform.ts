import { z } from "zod";

/** The kinds of service a practice can connect, spelled as in conventions.md. */
export const Platform = z.enum([
  "x",
  "facebook",
  "instagram",
  "linkedin",
  "google_reviews",
  "blog",
  "web_form",
  "email",
  "sms",
]);
export type Platform = z.infer<typeof Platform>;
export const PLATFORMS = Platform.options;

export const MessageKind = z.enum([
  "mention",
  "comment",
  "direct_message",
  "review",
  "form_submission",
  "email",
  "sms",
]);
export type MessageKind = z.infer<typeof MessageKind>;

/** Kinds whose replies reach only the author, so a personal case may be answered there. */
export const PRIVATE_KINDS: ReadonlySet<MessageKind> = new Set(["direct_message", "email", "sms", "form_submission"]);
