import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Channel } from "@bedside/core/channel/channel";
import { getChannelRecord } from "@bedside/core/channel/find-channel";
import { listChannels } from "@bedside/core/channel/list-channels";
import { recordChannelHealth } from "@bedside/core/channel/record-channel-health";
import { systemActor } from "@bedside/core/context";
import { Forbidden, NotFound, TooManyRequests } from "@bedside/core/errors";
import { ingestMessages } from "@bedside/core/ingest/ingest-messages";
import { findPracticeBySlug } from "@bedside/core/practice/get-practice";
import { Slug, type Practice } from "@bedside/core/practice/practice";
import { takeThrottleSlot } from "@bedside/core/throttle/take-throttle-slot";
import type { AppDeps } from "../app-env.ts";
import { log } from "../log.ts";
import type { ClientAddress } from "./api-router.ts";
import { embedScript } from "./embed-snippet.ts";
import { newRouter } from "./new-router.ts";
import { ErrorBody, errorResponses } from "./schemas.ts";

/** Per client IP and practice. Generous for a person, tight for a script. */
export const FORM_THROTTLE = { limit: 5, windowSeconds: 10 * 60 };

const QuestionBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    /** An email address or a phone number, so staff can answer privately. */
    contact: z
      .string()
      .trim()
      .max(200)
      .regex(/^([^\s@]+@[^\s@]+\.[^\s@]+|\+?[\d\s().-]{7,25})$/)
      .optional(),
    question: z.string().trim().min(1).max(5000),
    /** The honeypot: hidden from people, filled by bots. */
    website: z.string().max(500).optional(),
  })
  .openapi("PublicQuestion");

const SlugParam = z.object({ slug: Slug });

const ask = createRoute({
  method: "post",
  path: "/public/practices/{slug}/questions",
  tags: ["public"],
  security: [],
  request: { params: SlugParam, body: { content: { "application/json": { schema: QuestionBody } }, required: true } },
  responses: {
    202: { description: "Received", content: { "application/json": { schema: z.object({ received: z.literal(true) }) } } },
    429: { description: "Too many questions from this client", content: { "application/json": { schema: ErrorBody } } },
    ...errorResponses,
  },
});

const embed = createRoute({
  method: "get",
  path: "/public/practices/{slug}/embed.js",
  tags: ["public"],
  security: [],
  request: { params: SlugParam },
  responses: {
    200: { description: "The embeddable question-form script for the practice's own website", content: { "text/javascript": { schema: z.string() } } },
    ...errorResponses,
  },
});

const preflight = createRoute({
  method: "options",
  path: "/public/practices/{slug}/questions",
  tags: ["public"],
  security: [],
  request: { params: SlugParam },
  responses: { 204: { description: "CORS preflight for the practice's own origins" }, ...errorResponses },
});

interface Site {
  practice: Practice;
  channels: Channel[];
  origins: Set<string>;
}

/** The practice's own sites: its blog channel's site URL and the web_form channel's `allowedOrigins`. */
export function siteOrigins(channels: Channel[]): Set<string> {
  const candidates: unknown[] = [];
  for (const channel of channels) {
    if (channel.platform === "blog") candidates.push(channel.accountId);
    const extra = channel.settings?.allowedOrigins;
    if (channel.platform === "web_form" && Array.isArray(extra)) candidates.push(...extra);
  }
  const origins = new Set<string>();
  for (const candidate of candidates) {
    if (typeof candidate !== "string") continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === "https:" || url.protocol === "http:") origins.add(url.origin);
    } catch {
      continue;
    }
  }
  return origins;
}

async function loadSite(app: AppDeps, slug: string): Promise<Site> {
  const practice = Slug.safeParse(slug).success ? await findPracticeBySlug(app.deps, slug) : null;
  if (!practice) throw new NotFound("No such practice");
  const channels = await listChannels({ ...app.deps, actor: systemActor(practice.id, "public-form") });
  return { practice, channels, origins: siteOrigins(channels) };
}

/** Answers CORS only for the practice's own origins; a request with another Origin is refused outright. */
function applyCors(c: Context, site: Site): void {
  const origin = c.req.header("origin");
  c.header("Vary", "Origin");
  if (!origin) return;
  if (!site.origins.has(origin)) throw new Forbidden("This form only accepts questions from the practice's own website");
  c.header("Access-Control-Allow-Origin", origin);
}

/**
 * The public website question form: no session; CORS for the practice's own site; per-IP rate limit;
 * a honeypot; stored on the practice's connected web_form channel like any inbound message.
 */
export function publicRoutes(app: AppDeps, clientAddress: ClientAddress = (c) => c.req.header("x-forwarded-for")?.split(",")[0]?.trim() || "unknown") {
  const router = newRouter();
  router.openapi(preflight, async (c) => {
    const site = await loadSite(app, c.req.valid("param").slug);
    applyCors(c, site);
    c.header("Access-Control-Allow-Methods", "POST");
    c.header("Access-Control-Allow-Headers", "content-type");
    c.header("Access-Control-Max-Age", "600");
    return c.body(null, 204);
  });
  router.openapi(ask, async (c) => {
    const site = await loadSite(app, c.req.valid("param").slug);
    applyCors(c, site);
    const body = c.req.valid("json");
    const client = clientAddress(c);
    const slot = await takeThrottleSlot(app.deps, `form#${site.practice.slug}#${client}`, FORM_THROTTLE);
    if (!slot.allowed) throw new TooManyRequests("Too many questions from this connection; try again later", slot.retryAfterSeconds);
    if (body.website) {
      log("form.honeypot", { practice: site.practice.id });
      return c.json({ received: true as const }, 202);
    }
    const formChannel = site.channels.find((ch) => ch.platform === "web_form");
    const channel = formChannel ? await getChannelRecord(app.deps, site.practice.id, formChannel.id) : null;
    if (!channel) throw new NotFound("This practice has not turned on its website question form");
    const id = app.deps.newId("frm");
    const outcomes = await ingestMessages(app.deps, channel, [
      {
        platform: "web_form",
        accountId: channel.accountId,
        kind: "form_submission",
        platformMessageId: id,
        threadKey: `form:${id}`,
        author: { name: body.name, ...(body.contact ? { handle: body.contact, platformId: body.contact } : {}) },
        text: body.question,
        sentAt: app.deps.clock().toISOString(),
        action: "created",
        ...(body.contact ? { replyRef: { contact: body.contact } } : {}),
      },
    ]);
    await recordChannelHealth(app.deps, channel, { kind: "event", at: app.deps.clock().toISOString() });
    if (app.hooks?.afterIngest) {
      const routed = outcomes.map((o) => ({ ...o, practiceId: channel.practiceId, channelId: channel.id }));
      await app.hooks.afterIngest(channel.practiceId, routed).catch((e: Error) => log("form.after_ingest_failed", { practice: channel.practiceId, error: e.name }));
    }
    log("form.received", { practice: channel.practiceId, channel: channel.id });
    return c.json({ received: true as const }, 202);
  });
  router.openapi(embed, async (c) => {
    const slug = c.req.valid("param").slug;
    await loadSite(app, slug);
    const endpoint = `${app.config.publicUrl.replace(/\/+$/, "")}/api/public/practices/${slug}/questions`;
    return c.body(embedScript(endpoint), 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=300",
      // Loaded by the practice's own pages, which live on another origin.
      "cross-origin-resource-policy": "cross-origin",
    });
  });
  return router;
}
