import type { Deps } from "@bedside/core/context";
import type { AppHooks } from "../app-env.ts";
import type { AppConfig } from "../config.ts";
import { log } from "../log.ts";
import { runPollers, type RunPollersOptions } from "./run-pollers.ts";

export interface BackgroundJobs {
  /** Resolves when no round is running; used by tests and a graceful stop. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * In-process schedule for `npm start`: the same runPollers that sst.aws.Cron runs on AWS, every
 * POLL_INTERVAL_SECONDS (default 300). Rounds never overlap: a tick while one runs is skipped.
 * The timers are unref'd, so they never keep the process alive on their own.
 */
export function startBackgroundJobs(input: {
  deps: Deps;
  config: AppConfig;
  hooks?: AppHooks;
  /** Test seam: the pollers to run (defaults to the registry). */
  entries?: RunPollersOptions["entries"];
}): BackgroundJobs {
  const intervalMs = Math.max(10, (input.config.pollIntervalSeconds ?? 300) * 1000);
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = runPollers(input.deps, input.config, { entries: input.entries, hooks: input.hooks })
      .then(() => undefined)
      .catch((error: Error) => log("poll.round_failed", { error: error.name }))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    idle: async () => {
      await running;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
