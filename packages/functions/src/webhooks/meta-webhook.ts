import { Hono } from "hono";
import { answerMetaHandshake } from "@bedside/core/platform/meta/meta-handshake";
import { normaliseMetaWebhook } from "@bedside/core/platform/meta/normalise-meta-webhook";
import { verifyMetaSignature } from "@bedside/core/platform/meta/verify-meta-signature";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { resolveInstagramMentions } from "./meta-mentions.ts";
import { JSON_CONTENT, parseJson, receiveDelivery, requireSecret } from "./receive-delivery.ts";

/** Facebook Pages, Messenger and Instagram: Meta's hub.challenge handshake and X-Hub-Signature-256. */
export function metaWebhook(app: AppDeps) {
  const router = new Hono<AppEnv>();
  router.get("/", (c) => {
    const token = requireSecret(app.config.secrets.metaVerifyToken, "META_VERIFY_TOKEN");
    const answer = answerMetaHandshake(c.req.query(), token);
    return answer.ok ? c.text(answer.challenge) : c.json({ code: "forbidden", message: "Verify token does not match" }, 403);
  });
  router.post("/", async (c) => {
    const secret = requireSecret(app.config.secrets.metaAppSecret, "META_APP_SECRET");
    await receiveDelivery(c, app, {
      platform: "meta",
      contentType: JSON_CONTENT,
      verify: (raw) => verifyMetaSignature(raw, c.req.header("x-hub-signature-256"), secret),
      normalise: (raw) => resolveInstagramMentions(app, normaliseMetaWebhook(parseJson(raw))),
    });
    return c.text("EVENT_RECEIVED");
  });
  return router;
}
