import { Hono } from "hono";
import { flagCredentialsFailing } from "@bedside/core/channel/flag-credentials-failing";
import { Invalid } from "@bedside/core/errors";
import { normaliseXActivity } from "@bedside/core/platform/x/normalise-x-activity";
import { revokedXUserId } from "@bedside/core/platform/x/x-user-event";
import { answerXCrc } from "@bedside/core/platform/x/x-crc";
import { verifyXSignature } from "@bedside/core/platform/x/verify-x-signature";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { log } from "../log.ts";
import { JSON_CONTENT, parseJson, receiveDelivery, requireSecret } from "./receive-delivery.ts";

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
      contentType: JSON_CONTENT,
      verify: (raw) => verifyXSignature(raw, c.req.header("x-twitter-webhooks-signature"), secret),
      normalise: async (raw) => {
        const payload = parseJson(raw);
        const revokedBy = revokedXUserId(payload);
        // A revoke carries no messages; it means this channel can no longer read or reply.
        if (revokedBy) {
          const channelId = await flagCredentialsFailing(app.deps, "x", revokedBy, "The account revoked Bedside's access on X");
          log("webhook.x_revoke", { channel: channelId ?? undefined, routed: Boolean(channelId) });
        }
        return normaliseXActivity(payload);
      },
    });
    return c.body(null, 200);
  });
  return router;
}
