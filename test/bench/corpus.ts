/**
 * The realistic texts the rows use: the triage corpora (messages as patients and the public
 * write them, in English and Spanish, on every platform) and the reply-safety corpora.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Category } from "../../packages/core/src/triage/category.ts";

const root = fileURLToPath(new URL("../../packages/core/src/", import.meta.url));

function readJsonl<T>(dir: string): T[] {
  const full = join(root, dir);
  return readdirSync(full)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(join(full, f), "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as T),
    );
}

export interface TriageRow {
  id: string;
  platform?: string;
  text: string;
  category: Category;
}

export interface ReplyRow {
  id: string;
  message: string;
  reply: string;
  category: Category;
  language?: "en" | "es";
}

export const triageRows = (): TriageRow[] => readJsonl<TriageRow>("triage/corpus").filter((r) => typeof r.text === "string");
export const replyRows = (): ReplyRow[] => readJsonl<ReplyRow>("reply-safety/corpus").filter((r) => typeof r.reply === "string");
