import { z } from "zod";

/** The triage categories, in order of precedence (triage-taxonomy.md): the first that fits wins. */
export const Category = z.enum(["urgent", "personal", "education", "logistics", "feedback", "other"]);
export type Category = z.infer<typeof Category>;
export const CATEGORIES = Category.options;

/** A redirect category must never get a public clinical answer. */
export const REDIRECT_CATEGORIES: ReadonlySet<Category> = new Set(["urgent", "personal"]);
