import type { Deps } from "@bedside/core/context";
import type { AppConfig } from "../config.ts";

/** In-process schedule for `npm start`: the same job functions that sst.aws.Cron runs on AWS. */
export function startBackgroundJobs(_input: { deps: Deps; config: AppConfig }) {
  const timers: NodeJS.Timeout[] = [];
  return {
    stop() {
      for (const t of timers) clearInterval(t);
    },
  };
}
