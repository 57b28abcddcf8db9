import { z } from "zod";

/**
 * One organization social action notification, as pushed to the webhook
 * ({ type: "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS", notifications: [...] }) and as returned in
 * `elements` by GET /rest/organizationalEntityNotifications?q=criteria.
 * Source: https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/organization-social-action-notifications
 * LinkedIn publishes field tables but no concrete sample we could copy; fields not listed there are
 * optional here and unknown fields are ignored.
 */
export const LinkedInNotification = z.object({
  notificationId: z.union([z.number(), z.string()]).optional(),
  organizationalEntity: z.string().startsWith("urn:li:organization"),
  action: z.string(),
  actor: z.string().optional(),
  sourcePost: z.string().optional(),
  generatedActivity: z.string().optional(),
  decoratedSourcePost: z.object({ entity: z.string().optional(), owner: z.string().optional(), text: z.string().optional() }).optional(),
  decoratedGeneratedActivity: z
    .object({
      createdAt: z.number().optional(),
      comment: z
        .object({
          entity: z.string().optional(),
          owner: z.string().optional(),
          text: z.string().optional(),
          object: z.string().optional(),
          parentComment: z.string().optional(),
        })
        .optional(),
      share: z.object({ entity: z.string().optional(), owner: z.string().optional(), text: z.string().optional() }).optional(),
    })
    .optional(),
  lastModifiedAt: z.number(),
});
export type LinkedInNotification = z.infer<typeof LinkedInNotification>;

export const LinkedInWebhookPayload = z.object({
  type: z.literal("ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS"),
  notifications: z.array(LinkedInNotification),
});
export type LinkedInWebhookPayload = z.infer<typeof LinkedInWebhookPayload>;

/** The actions we turn into messages; LIKE, SHARE (reshare) and ADMIN_COMMENT (the page's own comment) are dropped. */
export const COMMENT_ACTIONS = { COMMENT: "created", COMMENT_EDIT: "edited", COMMENT_DELETE: "deleted" } as const;
export const MENTION_ACTIONS = new Set(["SHARE_MENTION", "MENTION"]);
