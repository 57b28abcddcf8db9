import { z } from "zod";
import { Category, Language } from "./category.ts";

/** One line of a labelled corpus file (corpus/*.jsonl). Platform is free text: sources spell it their own way. */
export const LabelledRow = z.object({
  id: z.string(),
  platform: z.string().optional(),
  text: z.string(),
  category: Category,
  containsPhi: z.boolean(),
  language: Language,
  hard: z.boolean().optional(),
  note: z.string().optional(),
});
export type LabelledRow = z.infer<typeof LabelledRow>;

/** Parses JSON lines; blank lines are skipped, a bad line throws with its number so a broken corpus is loud. */
export function parseLabelledRows(jsonl: string): LabelledRow[] {
  const rows: LabelledRow[] = [];
  jsonl.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    const parsed = LabelledRow.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`line ${index + 1}: ${parsed.error.message}`);
    rows.push(parsed.data);
  });
  return rows;
}
