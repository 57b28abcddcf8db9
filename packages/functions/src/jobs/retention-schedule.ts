import type { Deps } from "@bedside/core/context";
import { sweepExpiredMessages } from "@bedside/core/retention/sweep-expired-messages";
import { log } from "../log.ts";

/**
 * `npm start` only: DynamoDB Local has no TTL, so the same rule (a message goes once its
 * `expiresAt` has passed) runs here a minute after start and then every RETENTION_SWEEP_SECONDS
 * (default 3600). On AWS, DynamoDB TTL does this and nothing is scheduled. The timers are unref'd.
 */
export function startRetentionSweep(deps: Deps, intervalSeconds = Number(process.env.RETENTION_SWEEP_SECONDS ?? 3600)) {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const { practices, deleted } = await sweepExpiredMessages(deps);
      if (deleted > 0) log("retention.swept", { practices, deleted });
    } catch (error) {
      log("retention.sweep_failed", { error: (error as Error).name });
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void sweep(), Math.min(60, intervalSeconds) * 1000);
  const timer = setInterval(() => void sweep(), Math.max(10, intervalSeconds) * 1000);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
