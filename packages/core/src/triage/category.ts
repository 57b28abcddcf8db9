import { z } from "zod";

/** Triage categories, listed in order of precedence (first wins), as in triage-taxonomy.md. */
export const Category = z.enum(["urgent", "personal", "education", "logistics", "feedback", "other"]);
export type Category = z.infer<typeof Category>;
export const CATEGORIES = Category.options;

export const Language = z.enum(["en", "es"]);
export type Language = z.infer<typeof Language>;

/** Bump when rules or lexicons change, so stored results can be traced to the engine that made them. */
export const TRIAGE_ENGINE_VERSION = "rules-3.0.0+nudge";

export const TriageResult = z.object({
  category: Category,
  containsPhi: z.boolean(),
  language: Language,
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()),
  engineVersion: z.string(),
});
export type TriageResult = z.infer<typeof TriageResult>;

/** Categories whose reply must not be a public clinical answer. */
export const REDIRECT_CATEGORIES: ReadonlySet<Category> = new Set(["urgent", "personal"]);
