import { createRoute, z } from "@hono/zod-openapi";
import type { Channel } from "@bedside/core/channel/channel";
import { channelFlag } from "@bedside/core/channel/channel-flag";
import { connectChannel } from "@bedside/core/channel/connect-channel";
import { disconnectChannel } from "@bedside/core/channel/disconnect-channel";
import { listChannels } from "@bedside/core/channel/list-channels";
import { reconnectChannel } from "@bedside/core/channel/reconnect-channel";
import { PLATFORMS } from "@bedside/core/platform/platform";
import type { AppDeps } from "../app-env.ts";
import { POLLED_PLATFORMS } from "../jobs/poller-registry.ts";
import { newRouter } from "./new-router.ts";
import { ErrorBody, IdParam, errorResponses } from "./schemas.ts";

const Platform = z.enum(PLATFORMS);

const ConnectBody = z
  .object({
    platform: Platform,
    accountId: z.string().min(1).max(300),
    displayName: z.string().min(1).max(120),
    /** Write-only: stored for the platform API and never returned. */
    credentials: z.record(z.string().max(60), z.string().max(4000)).optional(),
    settings: z.record(z.string().max(60), z.unknown()).optional(),
  })
  .openapi("ConnectChannelBody");

const ChannelBody = z
  .object({
    id: z.string(),
    platform: Platform,
    accountId: z.string(),
    displayName: z.string(),
    settings: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    health: z.object({
      lastEventAt: z.string().nullable(),
      lastPollAt: z.string().nullable(),
      lastError: z.string().nullable(),
      lastErrorAt: z.string().nullable(),
      credentialsFailing: z.boolean(),
    }),
    /** "failing": credentials refused or the latest attempt failed; "silent": nothing for longer than expected. */
    flag: z.enum(["failing", "silent"]).nullable(),
  })
  .openapi("Channel");

const list = createRoute({
  method: "get",
  path: "/channels",
  tags: ["channels"],
  responses: {
    200: { description: "The practice's connected channels, with health", content: { "application/json": { schema: z.object({ items: z.array(ChannelBody) }) } } },
    ...errorResponses,
  },
});

const connect = createRoute({
  method: "post",
  path: "/channels",
  tags: ["channels"],
  request: { body: { content: { "application/json": { schema: ConnectBody } }, required: true } },
  responses: {
    201: { description: "Connected", content: { "application/json": { schema: z.object({ channel: ChannelBody }) } } },
    409: { description: "That account is already connected", content: { "application/json": { schema: ErrorBody } } },
    ...errorResponses,
  },
});

const remove = createRoute({
  method: "delete",
  path: "/channels/{id}",
  tags: ["channels"],
  request: { params: IdParam },
  responses: { 204: { description: "Disconnected; its conversations stay" }, ...errorResponses },
});

const reconnect = createRoute({
  method: "put",
  path: "/channels/{id}/credentials",
  tags: ["channels"],
  summary: "Reconnect: replace the credentials of a connected channel and clear its credential flag",
  request: { params: IdParam, body: { content: { "application/json": { schema: z.object({ credentials: z.record(z.string().max(60), z.string().max(4000)) }) } }, required: true } },
  responses: { 200: { description: "Reconnected", content: { "application/json": { schema: z.object({ channel: ChannelBody }) } } }, ...errorResponses },
});

/** Admins connect, list and disconnect channels; the verbs check channel.read / channel.write. */
export function channelRoutes(app: AppDeps) {
  const router = newRouter();
  const present = (channel: Channel) => presentChannel(channel, app);
  router.openapi(list, async (c) => {
    const channels = await listChannels({ ...app.deps, actor: c.get("actor") });
    return c.json({ items: channels.map(present) }, 200);
  });
  router.openapi(connect, async (c) => {
    const channel = await connectChannel({ ...app.deps, actor: c.get("actor") }, c.req.valid("json"));
    return c.json({ channel: present(channel) }, 201);
  });
  router.openapi(reconnect, async (c) => {
    const channel = await reconnectChannel({ ...app.deps, actor: c.get("actor") }, c.req.valid("param").id, c.req.valid("json"));
    return c.json({ channel: present(channel) }, 200);
  });
  router.openapi(remove, async (c) => {
    await disconnectChannel({ ...app.deps, actor: c.get("actor") }, c.req.valid("param").id);
    return c.body(null, 204);
  });
  return router;
}

/** Only the listed fields leave the server: never credentials or cursors. */
export function presentChannel(channel: Channel, app: AppDeps): z.infer<typeof ChannelBody> {
  const flag = channelFlag(channel, {
    now: app.deps.clock(),
    polled: POLLED_PLATFORMS.has(channel.platform),
    pollIntervalMs: (app.config.pollIntervalSeconds ?? 300) * 1000,
  });
  const { id, platform, accountId, displayName, settings, createdAt, health } = channel;
  return { id, platform, accountId, displayName, settings: settings ?? {}, createdAt, health: { ...health }, flag };
}
