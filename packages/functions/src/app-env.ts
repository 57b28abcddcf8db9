import type { Actor, Deps } from "@bedside/core/context";
import type { RoutedOutcome } from "@bedside/core/ingest/route-and-ingest";
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
  /** Drafts and urgent alerts for what a delivery stored (never fails the delivery). */
  afterIngest?: (practiceId: string, outcomes: RoutedOutcome[]) => Promise<void>;
  /** A reply was approved: send it now (locally the in-process outbox; on AWS the outbox cron). */
  onApproved?: () => void;
}

export interface AppEnv {
  Variables: {
    actor: Actor;
    user: UserRecord;
    sessionVia: "cookie" | "bearer";
  };
}
