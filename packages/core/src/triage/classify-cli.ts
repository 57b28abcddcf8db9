/**
 * npm run --silent classify < messages.jsonl > triaged.jsonl
 * Streams JSON lines from stdin and writes one JSON line per input line, in
 * order. Bad lines get {"error": ...} and the run goes on. Blank lines are
 * skipped (no output line), so output line N matches the Nth non-blank input.
 */
import { createInterface } from "node:readline";
import { classifyLine } from "./classify-line.ts";

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out: string[] = [];
const flush = (): void => {
  if (out.length > 0) process.stdout.write(out.join("\n") + "\n");
  out.length = 0;
};
for await (const line of lines) {
  const output = classifyLine(line);
  if (output !== undefined) out.push(output);
  // Batch writes: one syscall per 512 lines keeps thousands of lines well under a second.
  if (out.length >= 512) flush();
}
flush();
