import { z } from "@hono/zod-openapi";

export const ErrorBody = z.object({ code: z.string(), message: z.string() }).openapi("Error");

export const SessionUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(["staff", "physician", "admin"]),
    practice: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    permissions: z.array(z.string()),
  })
  .openapi("SessionUser");

const Category = z.enum(["urgent", "personal", "education", "logistics", "feedback", "other"]);
const Platform = z.enum(["x", "facebook", "instagram", "linkedin", "google_reviews", "blog", "web_form", "email", "sms"]);
const Kind = z.enum(["mention", "comment", "direct_message", "review", "form_submission", "email", "sms"]);

export const ConversationSummary = z
  .object({
    id: z.string(),
    channelId: z.string(),
    platform: Platform,
    kind: Kind,
    authorHandle: z.string().nullable(),
    authorName: z.string().nullable(),
    preview: z.string(),
    category: Category,
    engineCategory: Category,
    reasons: z.array(z.string()),
    containsPhi: z.boolean(),
    language: z.enum(["en", "es"]),
    status: z.enum(["open", "done"]),
    assigneeId: z.string().nullable(),
    firstInboundAt: z.string(),
    lastMessageAt: z.string(),
    waitingSince: z.string().nullable(),
    firstReplyAt: z.string().nullable(),
    messageCount: z.number(),
    url: z.string().nullable(),
    context: z.object({ text: z.string().optional(), url: z.string().optional(), platformId: z.string().optional() }).nullable(),
    version: z.number(),
  })
  .openapi("ConversationSummary");

export const MessageBody = z
  .object({
    id: z.string(),
    direction: z.enum(["inbound", "outbound"]),
    kind: Kind,
    authorHandle: z.string().nullable(),
    authorName: z.string().nullable(),
    text: z.string(),
    sentAt: z.string(),
    url: z.string().nullable(),
    category: Category.optional(),
    reasons: z.array(z.string()).optional(),
    containsPhi: z.boolean().optional(),
    language: z.enum(["en", "es"]).optional(),
    edited: z.boolean(),
    deleted: z.boolean(),
  })
  .openapi("Message");

export const ListQuery = z.object({
  status: z.enum(["open", "done"]).optional(),
  category: Category.optional(),
  platform: Platform.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().max(2000).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  assignee: z.string().max(64).optional(),
});

export const IdParam = z.object({ id: z.string().min(1).max(64) });

export const errorResponses = {
  400: { description: "Invalid input", content: { "application/json": { schema: ErrorBody } } },
  401: { description: "No session", content: { "application/json": { schema: ErrorBody } } },
  403: { description: "Not allowed for this role", content: { "application/json": { schema: ErrorBody } } },
  404: { description: "Not found in this practice", content: { "application/json": { schema: ErrorBody } } },
  503: { description: "Store unavailable", content: { "application/json": { schema: ErrorBody } } },
} as const;
