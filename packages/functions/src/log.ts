/**
 * The only logger. It takes a fixed event name and fields restricted to ids, enums, numbers and
 * durations, so message text, names, handles and secrets cannot reach the logs by accident.
 */
export type LogField = string | number | boolean | null | undefined;
const SAFE_STRING = /^[A-Za-z0-9_.:\-/#*{}]{0,120}$/;

export type LogSink = (line: string) => void;
// Tests stay quiet unless BEDSIDE_LOG=1; a test that inspects logs installs its own sink.
let sink: LogSink =
  process.env.VITEST && !process.env.BEDSIDE_LOG ? () => undefined : (line) => process.stdout.write(`${line}\n`);

export function setLogSink(next: LogSink): void {
  sink = next;
}

export function log(event: string, fields: Record<string, LogField> = {}): void {
  const safe: Record<string, LogField> = {};
  for (const [k, v] of Object.entries(fields)) {
    // Strings that look like free text are replaced, never printed.
    safe[k] = typeof v === "string" && !SAFE_STRING.test(v) ? "[redacted]" : v;
  }
  sink(JSON.stringify({ t: new Date().toISOString(), event, ...safe }));
}
