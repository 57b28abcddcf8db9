import type { Deps } from "@bedside/core/context";
import type { SenderFor } from "@bedside/core/reply/send-draft";
import type { AppHooks } from "../app-env.ts";
import type { AppConfig } from "../config.ts";
import { createAfterIngest } from "./after-ingest.ts";
import { createSenderFor } from "./platform-senders.ts";

/** The hooks both entry points give the app: drafting and alerts after ingest, and a send trigger. */
export function createAppHooks(deps: Deps, config: AppConfig, options: { senderFor?: SenderFor; onApproved?: () => void } = {}): AppHooks & { senderFor: SenderFor } {
  const senderFor = options.senderFor ?? createSenderFor(config, undefined, deps);
  return { senderFor, afterIngest: createAfterIngest(deps, senderFor, config.publicUrl), onApproved: options.onApproved };
}
