/**
 * One input line of the classify CLI to one output line. Pure, so the CLI's
 * behaviour is testable without spawning a process.
 * Input: {"id"?, "text", "platform"?}. Output: {id, category, containsPhi,
 * language, confidence, reasons}, or {id?, error} for a line that is not
 * valid JSON or has no string "text". Blank lines return undefined (skipped).
 */
import { Platform } from "../platform/platform.ts";
import { triageMessage } from "./triage-message.ts";

export function classifyLine(line: string): string | undefined {
  if (!line.trim()) return undefined;
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: "line is not valid JSON" });
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return JSON.stringify({ error: "line must be a JSON object" });
  }
  const { id, text, platform } = input as { id?: unknown; text?: unknown; platform?: unknown };
  const safeId = typeof id === "string" || typeof id === "number" ? id : null;
  if (typeof text !== "string") return JSON.stringify({ id: safeId, error: "missing string field text" });
  const parsedPlatform = Platform.safeParse(platform);
  const result = triageMessage({ text, platform: parsedPlatform.success ? parsedPlatform.data : undefined });
  return JSON.stringify({
    id: safeId,
    category: result.category,
    containsPhi: result.containsPhi,
    language: result.language,
    confidence: result.confidence,
    reasons: result.reasons,
  });
}
