import { runPollers } from "../jobs/run-pollers.ts";
import { appDepsFromResources } from "./resources.ts";

/** EventBridge scheduled event (sst.aws.Cron): one round of every poller. */
export const handler = async () => {
  const { deps } = appDepsFromResources();
  const summary = await runPollers(deps);
  return summary;
};
