import { z } from "zod";

/**
 * The documented Meta Webhooks envelope for Pages, Messenger and Instagram:
 * `{ object: "page" | "instagram", entry: [{ id, time, changes?: [{field, value}], messaging?: [...] }] }`.
 * Only the fields Bedside reads are declared; unknown keys pass through untouched.
 * Sources: graph-api/webhooks/getting-started, graph-api/webhooks/reference/page,
 * graph-api/webhooks/reference/instagram, messenger-platform/reference/webhook-events/messages.
 */

/** Meta sends ids as strings; App Dashboard "Test" payloads sometimes send numbers. */
export const MetaId = z.union([z.string().min(1), z.number().int()]).transform(String);

export const MetaChange = z.object({ field: z.string(), value: z.unknown() });

export const MetaMessagingItem = z.object({
  sender: z.object({ id: MetaId }),
  recipient: z.object({ id: MetaId }),
  timestamp: z.number().optional(),
  message: z
    .object({
      mid: z.string().min(1),
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      is_deleted: z.boolean().optional(),
      reply_to: z.object({ mid: z.string().optional() }).optional(),
      attachments: z.array(z.object({ type: z.string().optional() })).optional(),
    })
    .optional(),
});
export type MetaMessagingItem = z.infer<typeof MetaMessagingItem>;

export const MetaEntry = z.object({
  id: MetaId,
  time: z.number().optional(),
  changes: z.array(MetaChange).optional(),
  messaging: z.array(MetaMessagingItem).optional(),
});
export type MetaEntry = z.infer<typeof MetaEntry>;

export const MetaWebhook = z.object({
  object: z.enum(["page", "instagram"]),
  entry: z.array(MetaEntry),
});
export type MetaWebhook = z.infer<typeof MetaWebhook>;

/** Page `feed` change value (webhooks reference, Page object, `feed` field). */
export const PageFeedValue = z.object({
  item: z.string(),
  verb: z.string(),
  post_id: MetaId.optional(),
  comment_id: MetaId.optional(),
  parent_id: MetaId.optional(),
  from: z.object({ id: MetaId, name: z.string().optional() }).optional(),
  message: z.string().optional(),
  created_time: z.union([z.number(), z.string()]).optional(),
});
export type PageFeedValue = z.infer<typeof PageFeedValue>;

/** Instagram `comments` change value (webhooks reference, Instagram object; OOC change 2021-10-20). */
export const InstagramCommentValue = z.object({
  id: MetaId,
  text: z.string().optional(),
  from: z.object({ id: MetaId, username: z.string().optional() }).optional(),
  media: z.object({ id: MetaId, media_product_type: z.string().optional() }).optional(),
  parent_id: MetaId.optional(),
});
export type InstagramCommentValue = z.infer<typeof InstagramCommentValue>;

/** Instagram `mentions` change value (Facebook Login for Business): ids only. */
export const InstagramMentionValue = z.object({ media_id: MetaId, comment_id: MetaId.optional() });

/** Unix seconds, Unix milliseconds or an ISO string, to ISO 8601. */
export function metaTimeToIso(value: number | string | undefined, fallback: number | undefined): string {
  const raw = value ?? fallback;
  if (raw === undefined) return new Date(0).toISOString();
  if (typeof raw === "string") {
    const asNumber = Number(raw);
    if (Number.isFinite(asNumber)) return metaTimeToIso(asNumber, undefined);
    const parsed = Date.parse(raw);
    return new Date(Number.isNaN(parsed) ? 0 : parsed).toISOString();
  }
  // Below 1e12 the value is in seconds (Page feed, entry.time); above it, milliseconds (Messenger).
  return new Date(raw < 1e12 ? raw * 1000 : raw).toISOString();
}
