/**
 * reply check: drafted replies checked per second on one core, over the reply-safety corpora
 * (each a message, its category and a reply). Goal: at least 10,000/s.
 */
import { checkReply } from "../../../packages/core/src/reply-safety/check-reply.ts";
import { replyRows } from "../corpus.ts";
import { measureCpuRate } from "./cpu-rate.ts";
import { fmt, verdict, type RowResult } from "./row.ts";

const GOAL = 10_000;

export function runReplyCheckRow(options: { maxSeconds: number }): RowResult {
  const rows = replyRows().map((r) => ({ message: r.message, reply: r.reply, category: r.category, language: r.language }));
  const rate = measureCpuRate(rows, (r) => checkReply(r), { maxRounds: 400, maxSeconds: options.maxSeconds });
  return {
    row: "reply-check",
    lines: [
      {
        what: "reply check (replies/s, one core)",
        measured: `${fmt(rate.perCpuSecond, 0)}/s cpu (${fmt(rate.perWallSecond, 0)}/s wall)`,
        baseline: "—",
        ratio: `${fmt(rate.perCpuSecond / GOAL, 2)}x goal`,
        goal: ">= 10,000/s",
        verdict: verdict(rate.perCpuSecond >= GOAL),
      },
    ],
    figures: { corpusReplies: rows.length, ...rate, goalPerSecond: GOAL },
  };
}
