import type { Actor, Deps } from "@bedside/core/context";
import type { UserRecord } from "@bedside/core/membership/user";
import type { AppConfig } from "./config.ts";

/** What the Hono app is built from: the domain's deps and the config. */
export interface AppDeps {
  deps: Deps;
  config: AppConfig;
  /** Jobs the app triggers (reply sender, alerts); in-process locally, queue-driven on AWS. */
  hooks?: AppHooks;
  /** Fetches an SNS signing certificate (PEM) once its URL passed the AWS host check; tests inject a local one. */
  fetchSnsCertificate?: (url: string) => Promise<string>;
  /** Outbound HTTP the webhooks make (the SNS SubscribeURL confirmation); tests inject a recorder. */
  fetch?: typeof fetch;
}

export interface AppHooks {
  afterIngest?: (practiceId: string, outcomes: Array<{ conversationId?: string; status: string }>) => Promise<void>;
}

export interface AppEnv {
  Variables: {
    actor: Actor;
    user: UserRecord;
    sessionVia: "cookie" | "bearer";
  };
}
