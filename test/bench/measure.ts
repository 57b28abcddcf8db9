/**
 * Timing helpers shared by every row: percentiles, a bounded concurrent load loop, a progress
 * line. Every loop here stops at whichever comes first, a count or a deadline, so a slow machine
 * makes the bench less precise, never longer than its budget.
 */

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarise(samplesMs: number[]) {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

export const now = () => performance.now();

/** A progress line that rewrites itself on a terminal and prints every ~10% otherwise. */
export function progress(label: string, total: number) {
  const tty = process.stdout.isTTY;
  const started = now();
  let lastDecile = -1;
  const render = (done: number) => {
    const frac = total > 0 ? Math.min(1, done / total) : 1;
    const width = 30;
    const bar = "#".repeat(Math.round(frac * width)).padEnd(width, ".");
    const secs = (now() - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    return `  ${label} [${bar}] ${done}/${total} ${(frac * 100).toFixed(0)}% ${secs.toFixed(1)} s ${rate}/s`;
  };
  return {
    tick(done: number) {
      if (tty) process.stdout.write(`\r${render(done)}`);
      else {
        const decile = Math.floor((done / Math.max(1, total)) * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          console.log(render(done));
        }
      }
    },
    done(done: number) {
      if (tty) process.stdout.write(`\r${render(done)}\n`);
      else console.log(render(done));
      return (now() - started) / 1000;
    },
  };
}

export interface LoadResult {
  ok: number;
  failed: number;
  seconds: number;
  latenciesMs: number[];
  errors: Record<string, number>;
}

/**
 * Runs `task(i)` from `concurrency` workers until `maxCount` tasks have run or `maxSeconds` have
 * passed. Each worker starts its next task when its last one answered (closed loop), which is how
 * a platform's delivery workers behave. A task that throws counts as failed, by error name.
 */
export async function runLoad(
  options: { concurrency: number; maxCount: number; maxSeconds: number; label: string },
  task: (i: number) => Promise<void>,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const errors: Record<string, number> = {};
  let next = 0;
  let failed = 0;
  const bar = progress(options.label, options.maxCount);
  const started = now();
  const deadline = started + options.maxSeconds * 1000;
  const worker = async () => {
    while (next < options.maxCount && now() < deadline) {
      const i = next++;
      const t0 = now();
      try {
        await task(i);
        latenciesMs.push(now() - t0);
      } catch (error) {
        failed++;
        const name = (error as Error).message?.slice(0, 60) || (error as Error).name || "error";
        errors[name] = (errors[name] ?? 0) + 1;
      }
      if ((latenciesMs.length + failed) % 50 === 0) bar.tick(latenciesMs.length + failed);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (now() - started) / 1000;
  bar.done(latenciesMs.length + failed);
  return { ok: latenciesMs.length, failed, seconds, latenciesMs, errors };
}

/** Sequential timed requests, after `warmup` untimed ones; bounded by count and time. */
export async function timeSequential(
  options: { warmup: number; maxCount: number; maxSeconds: number },
  task: () => Promise<void>,
): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) await task();
  const samples: number[] = [];
  const deadline = now() + options.maxSeconds * 1000;
  while (samples.length < options.maxCount && now() < deadline) {
    const t0 = now();
    await task();
    samples.push(now() - t0);
  }
  return samples;
}

export const round = (v: number, digits = 1) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);
