import { z } from "zod";

/**
 * Account Activity API payload fields Bedside reads (docs.x.com/x-api/account-activity/introduction).
 * Tweet objects are v1.1 format: always `id_str`, never the numeric `id`, which overflows JS numbers.
 * Unknown keys pass through untouched.
 */
export const XV1User = z.object({ id_str: z.string().optional(), screen_name: z.string().optional(), name: z.string().optional() });

export const XV1Tweet = z.object({
  id_str: z.string().min(1),
  created_at: z.string().optional(),
  text: z.string().optional(),
  truncated: z.boolean().optional(),
  extended_tweet: z.object({ full_text: z.string() }).optional(),
  user: XV1User.optional(),
  in_reply_to_status_id_str: z.string().nullish(),
  in_reply_to_user_id_str: z.string().nullish(),
  retweeted_status: z.unknown().optional(),
});
export type XV1Tweet = z.infer<typeof XV1Tweet>;

export const XDirectMessageEvent = z.object({
  type: z.string(),
  id: z.string().min(1),
  created_timestamp: z.string().optional(),
  message_create: z
    .object({
      sender_id: z.string(),
      target: z.object({ recipient_id: z.string() }),
      message_data: z.object({ text: z.string().optional(), attachment: z.object({ type: z.string().optional() }).optional() }),
    })
    .optional(),
});
export type XDirectMessageEvent = z.infer<typeof XDirectMessageEvent>;

export const XTweetDeleteEvent = z.object({
  status: z.object({ id: z.string(), user_id: z.string() }),
  timestamp_ms: z.string().optional(),
});

export const XActivity = z.object({
  for_user_id: z.string().min(1),
  tweet_create_events: z.array(XV1Tweet).optional(),
  direct_message_events: z.array(XDirectMessageEvent).optional(),
  tweet_delete_events: z.array(XTweetDeleteEvent).optional(),
  users: z.record(z.string(), z.object({ screen_name: z.string().optional(), name: z.string().optional() })).optional(),
});
export type XActivity = z.infer<typeof XActivity>;
