import { Resource } from "sst";
import { configFromEnv, type AppConfig } from "../config.ts";
import { createDeps } from "../deps.ts";
import { createAppHooks } from "../jobs/app-hooks.ts";
import type { AppDeps } from "../app-env.ts";

type Linked = Record<string, { name?: string; value?: string }>;

/**
 * The only place that reads SST's linked resources: the table and the secrets (`sst.Secret`).
 * Read lazily, so importing a handler never fails outside AWS.
 */
export function appDepsFromResources(): AppDeps & { hooks: ReturnType<typeof createAppHooks> } {
  const linked = Resource as unknown as Linked;
  const secret = (name: string) => linked[name]?.value || undefined;
  const config: AppConfig = configFromEnv(process.env, { sessionKey: secret("SessionKey") });
  config.secrets = {
    metaAppSecret: secret("MetaAppSecret"),
    metaVerifyToken: secret("MetaVerifyToken"),
    xConsumerSecret: secret("XConsumerSecret"),
    twilioAuthToken: secret("TwilioAuthToken"),
    linkedinClientSecret: secret("LinkedinClientSecret"),
  };
  const tableName = linked.Table?.name ?? process.env.TABLE_NAME ?? "bedside";
  const deps = createDeps({ tableName, endpoint: process.env.DYNAMODB_ENDPOINT });
  // On AWS the outbox cron sends approved replies; drafting and alerts run inline after ingest.
  return { deps, config, hooks: createAppHooks(deps, config) };
}
