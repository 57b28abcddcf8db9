import { readFileSync } from "node:fs";
import type { LabelledReply } from "./evaluate.ts";

/** Reads a labelled JSON-lines file; blank lines are skipped, a bad line throws with its number. */
export function readLabelled(path: string): LabelledReply[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as LabelledReply;
      } catch {
        throw new Error(`${path}:${n}: not valid JSON`);
      }
    });
}
