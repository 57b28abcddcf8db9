import { runPollers } from "../jobs/run-pollers.ts";
import { appDepsFromResources } from "./resources.ts";

/** EventBridge scheduled event (sst.aws.Cron): one round of every poller, drafting and alerting as ingest does. */
export const handler = async () => {
  const { deps, config, hooks } = appDepsFromResources();
  return runPollers(deps, config, { hooks });
};
