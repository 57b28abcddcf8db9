import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createArticle } from "../../packages/core/src/article/article-store.ts";
import { routeAndIngest } from "../../packages/core/src/ingest/route-and-ingest.ts";
import { createApp } from "../../packages/functions/src/app.ts";
import { createAppHooks } from "../../packages/functions/src/jobs/app-hooks.ts";
import { createSenderFor } from "../../packages/functions/src/jobs/platform-senders.ts";
import { sendDueReplies } from "../../packages/functions/src/jobs/reply-outbox.ts";
import { staticFiles } from "../../packages/functions/src/local/static-files.ts";
import type { FakeServer } from "../fakes/fake-http-server.ts";
import { startTwilioFake } from "../fakes/twilio-fake.ts";
import { makeChannel, makePractice, testConfig, testDeps } from "../helpers/test-practice.ts";
import { uniqueId } from "../helpers/webhook-helpers.ts";
import { ensureWebBuilt, webRoot } from "./web-build.ts";

/**
 * The real server, in process, on a random port: the API on the shared test store, the built
 * dashboard, and a fresh practice with an SMS channel whose replies go to a fake Twilio.
 */
export async function startBrowserServer() {
  await ensureWebBuilt();
  const twilio: FakeServer = await startTwilioFake();
  const deps = testDeps();
  const p = await makePractice(deps, "Riverside Family Practice");
  const number = `+1555${uniqueId().slice(0, 7)}`;
  const channel = await makeChannel(deps, p.practice.id, "sms", number);
  await deps.store.doc.send(
    new UpdateCommand({
      TableName: deps.store.tableName,
      Key: { pk: `P#${p.practice.id}`, sk: `CHANNEL#${channel.id}` },
      UpdateExpression: "SET credentials = :c",
      ExpressionAttributeValues: { ":c": { accountSid: "AC_test", authToken: "token_test" } },
    }),
  );
  const config = testConfig({ platformBaseUrls: { twilio: twilio.baseUrl } });
  const senderFor = createSenderFor(config);
  const hooks = createAppHooks(deps, config, { senderFor });
  // One address per server, so sign-in limits never meet other test files' attempts.
  const address = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const app = createApp({ deps, config, hooks }, { staticFiles: staticFiles(webRoot), clientAddress: () => address });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", () => resolve())));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** An SMS arrives from a new number, is triaged and drafted, as a webhook delivery would be. */
  async function receive(text: string, from = `+1555${uniqueId().slice(0, 7)}`): Promise<string> {
    const outcomes = await routeAndIngest(deps, [
      { platform: "sms", accountId: number, kind: "sms", platformMessageId: `SM${uniqueId()}`, threadKey: `sms:${from}`, author: { handle: from, platformId: from }, text, sentAt: new Date().toISOString(), action: "created" },
    ]);
    await hooks.afterIngest!(p.practice.id, outcomes);
    return outcomes[0]!.conversationId!;
  }

  return {
    ...p,
    baseUrl,
    twilio,
    receive,
    addArticle: (a: Parameters<typeof createArticle>[1]) => createArticle(p.ctx, a),
    sendDue: () => sendDueReplies(deps, senderFor, { practiceId: p.practice.id }),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await twilio.close();
    },
  };
}

export type BrowserServer = Awaited<ReturnType<typeof startBrowserServer>>;
