import { Hono } from "hono";
import { Invalid } from "@bedside/core/errors";
import { normaliseXActivity } from "@bedside/core/platform/x/normalise-x-activity";
import { answerXCrc } from "@bedside/core/platform/x/x-crc";
import { verifyXSignature } from "@bedside/core/platform/x/verify-x-signature";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { parseJson, receiveDelivery, requireSecret } from "./receive-delivery.ts";

/** X Account Activity: the CRC challenge on GET and x-twitter-webhooks-signature on POST. */
export function xWebhook(app: AppDeps) {
  const router = new Hono<AppEnv>();
  router.get("/", (c) => {
    const secret = requireSecret(app.config.secrets.xConsumerSecret, "X_CONSUMER_SECRET");
    const token = c.req.query("crc_token");
    if (!token || token.length > 1000) throw new Invalid("crc_token is required");
    return c.json(answerXCrc(token, secret));
  });
  router.post("/", async (c) => {
    const secret = requireSecret(app.config.secrets.xConsumerSecret, "X_CONSUMER_SECRET");
    await receiveDelivery(c, app, {
      platform: "x",
      verify: (raw) => verifyXSignature(raw, c.req.header("x-twitter-webhooks-signature"), secret),
      normalise: (raw) => normaliseXActivity(parseJson(raw)),
    });
    return c.body(null, 200);
  });
  return router;
}
