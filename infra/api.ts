import { allSecrets } from "./secrets";
import { table } from "./table";

/**
 * Bundled as the bench measures it (packages/functions/src/lambda/bundle-options.ts): an ES module,
 * minified, split so the triage engine loads on first use, zod's locales trimmed by the plugins.
 */
const functionDefaults = {
  link: [table, ...allSecrets],
  nodejs: { format: "esm" as const, minify: true, splitting: true, plugins: "packages/functions/src/lambda/bundle-plugins.mjs" },
};

/** The dashboard API and the webhooks: one function behind an HTTP API (payload 2.0). */
export const api = new sst.aws.ApiGatewayV2("Api");
api.route("$default", {
  handler: "packages/functions/src/lambda/api.handler",
  timeout: "20 seconds",
  memory: "1024 MB",
  ...functionDefaults,
});

/** Pollers (X mentions and searches, Google reviews, LinkedIn, WordPress) every five minutes. */
export const poller = new sst.aws.Cron("Pollers", {
  schedule: "rate(5 minutes)",
  function: { handler: "packages/functions/src/lambda/poll.handler", timeout: "120 seconds", ...functionDefaults },
});

/**
 * The reply outbox: every minute, approved replies that are due are sent (first attempts and
 * retries with backoff). An approval on AWS therefore goes out within a minute.
 */
export const outbox = new sst.aws.Cron("Outbox", {
  schedule: "rate(1 minute)",
  function: { handler: "packages/functions/src/lambda/send.handler", timeout: "60 seconds", ...functionDefaults },
});
