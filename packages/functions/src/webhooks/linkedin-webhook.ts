import { Hono } from "hono";
import { Invalid } from "@bedside/core/errors";
import { normaliseLinkedInNotification } from "@bedside/core/platform/linkedin/normalise-linkedin-notification";
import { answerLinkedInChallenge, verifyLinkedInSignature } from "@bedside/core/platform/linkedin/linkedin-webhook-signature";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { JSON_CONTENT, parseJson, receiveDelivery, requireSecret } from "./receive-delivery.ts";

/** LinkedIn organization social action notifications: the challengeCode validation on GET, X-LI-Signature on POST. */
export function linkedinWebhook(app: AppDeps) {
  const router = new Hono<AppEnv>();
  router.get("/", (c) => {
    const secret = requireSecret(app.config.secrets.linkedinClientSecret, "LINKEDIN_CLIENT_SECRET");
    const code = c.req.query("challengeCode");
    if (!code || code.length > 200) throw new Invalid("challengeCode is required");
    return c.json(answerLinkedInChallenge(code, secret));
  });
  router.post("/", async (c) => {
    const secret = requireSecret(app.config.secrets.linkedinClientSecret, "LINKEDIN_CLIENT_SECRET");
    await receiveDelivery(c, app, {
      platform: "linkedin",
      contentType: JSON_CONTENT,
      verify: (raw) => verifyLinkedInSignature(raw.toString("utf8"), c.req.header("x-li-signature"), secret),
      normalise: (raw) => normaliseLinkedInNotification(parseJson(raw)),
    });
    return c.body(null, 200);
  });
  return router;
}
