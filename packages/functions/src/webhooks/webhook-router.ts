import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { emailWebhook } from "./email-webhook.ts";
import { linkedinWebhook } from "./linkedin-webhook.ts";
import { metaWebhook } from "./meta-webhook.ts";
import { twilioWebhook } from "./twilio-webhook.ts";
import { xWebhook } from "./x-webhook.ts";

/** Platform webhooks, one module per platform (each: limit, verify, parse, normalise, store, ack). */
export function webhookRouter(app: AppDeps) {
  const router = new Hono<AppEnv>();
  router.route("/meta", metaWebhook(app));
  router.route("/x", xWebhook(app));
  router.route("/twilio", twilioWebhook(app));
  router.route("/email", emailWebhook(app));
  router.route("/linkedin", linkedinWebhook(app));
  return router;
}
