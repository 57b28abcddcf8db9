import { backfillAggregates, type BackfillResult } from "@bedside/core/analytics/backfill-aggregates";
import type { Deps } from "@bedside/core/context";
import { findPracticeBySlug, getPractice } from "@bedside/core/practice/get-practice";
import { listPractices } from "@bedside/core/practice/list-practices";

export interface BackfillArgs {
  /** A practice id or slug; absent with `all`. */
  practice?: string;
  all: boolean;
  /** First day (yyyy-mm-dd) to rebuild; default the start of the practice's retention period. */
  since?: string;
}

export const BACKFILL_USAGE = "usage: npm run backfill -- --practice <id or slug> [--since yyyy-mm-dd]\n       npm run backfill -- --all [--since yyyy-mm-dd]";

export function parseBackfillArgs(argv: string[]): BackfillArgs {
  const args: BackfillArgs = { all: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (!v || v.startsWith("--")) throw new Error(`${a} needs a value\n${BACKFILL_USAGE}`);
      return v;
    };
    if (a === "--practice") args.practice = value();
    else if (a === "--since") args.since = value();
    else if (a === "--all") args.all = true;
    else throw new Error(`unknown argument ${a}\n${BACKFILL_USAGE}`);
  }
  if (args.all === Boolean(args.practice)) throw new Error(`give --practice or --all\n${BACKFILL_USAGE}`);
  if (args.since && !/^\d{4}-\d{2}-\d{2}$/.test(args.since)) throw new Error("--since takes a day: yyyy-mm-dd");
  return args;
}

/** "[############------------------]  40% 12/30 conversations" */
export function progressBar(done: number, total: number, width = 30): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${done}/${total} conversations`;
}

export interface ProgressOutput {
  write(text: string): void;
  /** A terminal redraws one line; a log or pipe gets a line per tenth. */
  isTTY?: boolean;
}

/** Rebuilds the aggregates of one practice (by id or slug) or of all, drawing a progress bar per practice. */
export async function runBackfill(deps: Deps, args: BackfillArgs, out: ProgressOutput): Promise<BackfillResult[]> {
  const targets = args.all ? await listPractices(deps) : [await resolvePractice(deps, args.practice!)];
  const results: BackfillResult[] = [];
  if (targets.length === 0) out.write("No practices in this table.\n");
  for (const practice of targets) {
    out.write(`Rebuilding analytics for ${practice.slug} (${practice.id})\n`);
    let lastTenth = -1;
    const result = await backfillAggregates(deps, practice.id, {
      since: args.since,
      onProgress: (done, total) => {
        if (out.isTTY) return out.write(`\r${progressBar(done, total)}`);
        const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          out.write(`${progressBar(done, total)}\n`);
        }
      },
    });
    if (out.isTTY) out.write("\n");
    out.write(`  ${result.conversations} conversations, ${result.daysWritten} day items written, ${result.daysRemoved} removed, from ${result.since}\n`);
    results.push(result);
  }
  return results;
}

async function resolvePractice(deps: Deps, idOrSlug: string): Promise<{ id: string; slug: string }> {
  const bySlug = await findPracticeBySlug(deps, idOrSlug);
  if (bySlug) return bySlug;
  try {
    return await getPractice(deps, idOrSlug);
  } catch {
    throw new Error(`no practice with id or slug "${idOrSlug}"`);
  }
}
