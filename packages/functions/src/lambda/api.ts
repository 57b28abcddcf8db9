import { handle } from "hono/aws-lambda";
import type { LambdaEvent } from "hono/aws-lambda";
import { createApp } from "../app.ts";
import type { AppDeps } from "../app-env.ts";
import { appDepsFromResources } from "./resources.ts";

/** The Hono app wrapped for Lambda, with the caller's address taken from the event. */
export function apiHandlerFor(deps: AppDeps) {
  const app = createApp(deps, {
    clientAddress: (c) => {
      const env = (c as unknown as { env?: { event?: { requestContext?: { http?: { sourceIp?: string } } } } }).env;
      return env?.event?.requestContext?.http?.sourceIp ?? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
    },
  });
  return handle(app);
}

let cached: ReturnType<typeof handle> | undefined;

/** API Gateway HTTP API (payload 2.0) and Lambda Function URL events; built once per instance. */
export const handler = async (event: LambdaEvent, context: unknown) => {
  cached ??= apiHandlerFor(appDepsFromResources());
  return cached(event as never, context as never);
};
