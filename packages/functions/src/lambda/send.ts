import { sendDueReplies } from "../jobs/reply-outbox.ts";
import { appDepsFromResources } from "./resources.ts";

/** EventBridge scheduled event (sst.aws.Cron): sends every approved reply that is due, with retries. */
export const handler = async () => {
  const { deps, hooks } = appDepsFromResources();
  return sendDueReplies(deps, hooks.senderFor);
};
