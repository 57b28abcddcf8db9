import { createInterface } from "node:readline";
import { Category } from "../triage/category.ts";
import { triageMessage } from "../triage/triage-message.ts";
import { checkReply } from "./check-reply.ts";

/**
 * npm run --silent check-reply < drafts.jsonl
 * In:  one JSON object a line: { "id"?, "message", "reply", "category"? }.
 * Out: one line per input, in order: { "id", "safe", "violations": [types] },
 * or { "id"?, "error" } for a line that cannot be checked; the run goes on.
 * Without a category the message is triaged first. Output is buffered so
 * thousands of lines take well under a second of I/O.
 */
type Line = { id?: unknown; message?: unknown; reply?: unknown; category?: unknown };

export function checkLine(raw: string, lineNo: number): string {
  let input: Line;
  try {
    input = JSON.parse(raw) as Line;
  } catch {
    return JSON.stringify({ error: `line ${lineNo}: not valid JSON` });
  }
  const id = input?.id ?? null;
  if (typeof input !== "object" || input === null || typeof input.message !== "string" || typeof input.reply !== "string") {
    return JSON.stringify({ id, error: `line ${lineNo}: "message" and "reply" must be strings` });
  }
  const parsed = Category.safeParse(input.category);
  if (input.category !== undefined && !parsed.success) {
    return JSON.stringify({ id, error: `line ${lineNo}: unknown category` });
  }
  const category = parsed.success ? parsed.data : triageMessage({ text: input.message }).category;
  const result = checkReply({ message: input.message, reply: input.reply, category });
  return JSON.stringify({ id, safe: result.safe, violations: [...new Set(result.violations.map((v) => v.type))] });
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer: string[] = [];
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    if (raw.trim() === "") continue;
    buffer.push(checkLine(raw, lineNo));
    if (buffer.length >= 1000) {
      process.stdout.write(buffer.join("\n") + "\n");
      buffer = [];
    }
  }
  if (buffer.length > 0) process.stdout.write(buffer.join("\n") + "\n");
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
