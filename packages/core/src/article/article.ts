import { z } from "zod";

export const ArticleInput = z.object({
  title: z.string().min(3).max(200),
  summary: z.string().min(10).max(1200),
  url: z.string().url().max(500),
  topics: z.array(z.string().min(2).max(60)).min(1).max(20),
  language: z.enum(["en", "es"]),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

/** A general education piece the practice stands behind; drafts for education questions cite them. */
export interface Article extends ArticleInput {
  id: string;
  practiceId: string;
  status: "active" | "retired";
  createdAt: string;
  updatedAt: string;
  version: number;
}
