import type { Context } from "hono";
import { InvalidPayload, NotConfigured, StoreUnavailable, Unauthorized } from "@bedside/core/errors";
import { assertWithinInboundLimits } from "@bedside/core/ingest/inbound-limits";
import { routeAndIngest } from "@bedside/core/ingest/route-and-ingest";
import type { InboundMessage } from "@bedside/core/platform/inbound-message";
import type { AppDeps } from "../app-env.ts";
import { log } from "../log.ts";

export interface DeliverySteps {
  platform: string;
  /** The content type the platform documents; any other is 400 before the body is read. */
  contentType?: RegExp;
  /** Checks the signature over the raw bytes, in constant time. */
  verify(raw: Buffer, c: Context): boolean | Promise<boolean>;
  /** Parses and normalises; throws InvalidPayload (400) on anything not the documented shape. */
  normalise(raw: Buffer, c: Context): InboundMessage[] | Promise<InboundMessage[]>;
}

export const JSON_CONTENT = /^application\/json\b/i;

export function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch {
    throw new InvalidPayload("The body is not valid UTF-8 JSON");
  }
}

/**
 * The one webhook pipeline, in the order the conventions fix: (the size limit ran before this)
 * raw body read once; signature (401, nothing written); parse (400); normalise; store
 * idempotently and triage; 2xx only after the write. A store failure answers 503 so the platform
 * retries; a batch is all stored or not acknowledged.
 */
export async function receiveDelivery(c: Context, app: AppDeps, steps: DeliverySteps) {
  if (steps.contentType && !steps.contentType.test(c.req.header("content-type") ?? "")) {
    throw new InvalidPayload("This webhook only accepts the content type its platform sends");
  }
  const raw = Buffer.from(await c.req.arrayBuffer());
  if (!(await steps.verify(raw, c))) {
    log("webhook.rejected", { platform: steps.platform, reason: "signature" });
    throw new Unauthorized("The signature does not match");
  }
  const messages = await steps.normalise(raw, c);
  assertWithinInboundLimits(messages);
  const outcomes = await routeAndIngest(app.deps, messages);
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
  log("webhook.received", { platform: steps.platform, messages: messages.length, ...counts });
  await runAfterIngest(app, outcomes);
  return counts;
}

/** Follow-up work (drafts, urgent alerts) must not fail a delivery that is already stored. */
async function runAfterIngest(app: AppDeps, outcomes: Awaited<ReturnType<typeof routeAndIngest>>) {
  if (!app.hooks?.afterIngest) return;
  const byPractice = new Map<string, typeof outcomes>();
  for (const o of outcomes) if (o.practiceId) byPractice.set(o.practiceId, [...(byPractice.get(o.practiceId) ?? []), o]);
  for (const [practiceId, list] of byPractice) {
    await app.hooks.afterIngest(practiceId, list).catch((error: Error) => {
      log("webhook.after_ingest_failed", { platform: practiceId, error: error.name });
      if (error instanceof StoreUnavailable) return;
    });
  }
}

export function requireSecret(value: string | undefined, name: string): string {
  if (!value) throw new NotConfigured(`Webhook not configured: set ${name}`);
  return value;
}
