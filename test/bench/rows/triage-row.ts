/**
 * triage: messages classified per second on one core, over every labelled corpus (patients'
 * and the public's own wording, English and Spanish, every platform). Goal: at least 10,000/s.
 */
import { triageMessage } from "../../../packages/core/src/triage/triage-message.ts";
import type { Platform } from "../../../packages/core/src/platform/platform.ts";
import { triageRows } from "../corpus.ts";
import { measureCpuRate } from "./cpu-rate.ts";
import { fmt, verdict, type RowResult } from "./row.ts";

const GOAL = 10_000;

export function runTriageRow(options: { maxSeconds: number }): RowResult {
  const rows = triageRows().map((r) => ({ text: r.text, platform: r.platform as Platform | undefined }));
  const rate = measureCpuRate(rows, (r) => triageMessage(r), { maxRounds: 200, maxSeconds: options.maxSeconds });
  const avgChars = rows.reduce((n, r) => n + r.text.length, 0) / rows.length;
  return {
    row: "triage",
    lines: [
      {
        what: "triage (messages/s, one core)",
        measured: `${fmt(rate.perCpuSecond, 0)}/s cpu (${fmt(rate.perWallSecond, 0)}/s wall)`,
        baseline: "—",
        ratio: `${fmt(rate.perCpuSecond / GOAL, 2)}x goal`,
        goal: ">= 10,000/s",
        verdict: verdict(rate.perCpuSecond >= GOAL),
      },
    ],
    figures: { corpusTexts: rows.length, averageChars: Math.round(avgChars), ...rate, goalPerSecond: GOAL },
  };
}
