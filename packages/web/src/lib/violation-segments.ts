import type { Violation } from "../api/draft-types";

export type Segment = { text: string; violation: number | null };

/**
 * Splits text into plain runs and violation runs, so each violation can be
 * underlined at its span. Spans are clamped to the text (a check may answer for
 * text that has since changed) and overlaps go to the earlier violation.
 */
export function violationSegments(text: string, violations: Violation[]): Segment[] {
  const spans = violations
    .map((v, i) => ({ start: clamp(v.start, text.length), end: clamp(v.end, text.length), i }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.i - b.i);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), violation: null });
    out.push({ text: text.slice(start, s.end), violation: s.i });
    at = s.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), violation: null });
  return out;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, Math.floor(n)));

export const violationLabel: Record<Violation["type"], string> = {
  confirms_patient: "Confirms someone is a patient",
  phi_echo: "Repeats health details",
  individual_advice: "Individual medical advice",
  identifiers: "Contains identifiers",
  missing_emergency_guidance: "Missing emergency guidance",
};
