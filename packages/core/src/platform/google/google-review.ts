import { z } from "zod";
import type { InboundMessage } from "../inbound-message.ts";

/**
 * A Review as returned by GET /v4/{parent=accounts/*\/locations/*}/reviews.
 * Source: https://developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews
 * (schema only; Google publishes no concrete sample).
 */
export const GoogleReview = z.object({
  name: z.string().min(1),
  reviewId: z.string().optional(),
  reviewer: z.object({ displayName: z.string().optional(), profilePhotoUrl: z.string().optional(), isAnonymous: z.boolean().optional() }).default({}),
  starRating: z.enum(["STAR_RATING_UNSPECIFIED", "ONE", "TWO", "THREE", "FOUR", "FIVE"]).default("STAR_RATING_UNSPECIFIED"),
  comment: z.string().optional(),
  createTime: z.string(),
  updateTime: z.string(),
  reviewReply: z.object({ comment: z.string(), updateTime: z.string().optional() }).optional(),
});
export type GoogleReview = z.infer<typeof GoogleReview>;

export const GoogleReviewsPage = z.object({
  reviews: z.array(z.unknown()).default([]),
  averageRating: z.number().optional(),
  totalReviewCount: z.number().optional(),
  nextPageToken: z.string().optional(),
});

const STARS = { STAR_RATING_UNSPECIFIED: "", ONE: "1", TWO: "2", THREE: "3", FOUR: "4", FIVE: "5" } as const;

/**
 * A review -> a message. The review name is both the id and the thread (one review, one conversation).
 * A review whose updateTime differs from createTime was edited by its author: it keeps the same
 * platformMessageId and arrives with action "edited", so storage can update the text in place.
 * The rating goes to replyRef.starRating ("1".."5") and to context.text; text is the comment only
 * (empty for rating-only reviews).
 */
export function normaliseGoogleReview(review: GoogleReview, locationName: string): InboundMessage {
  const stars = STARS[review.starRating];
  const replyRef: Record<string, string> = { reviewName: review.name };
  if (stars) replyRef.starRating = stars;
  if (review.reviewReply) replyRef.hasReply = "true";
  const name = review.reviewer.isAnonymous ? undefined : review.reviewer.displayName;
  return {
    platform: "google_reviews",
    accountId: locationName,
    kind: "review",
    platformMessageId: review.name,
    threadKey: review.name,
    context: { platformId: locationName, ...(stars ? { text: `Rated ${stars} of 5` } : {}) },
    author: name ? { name } : {},
    text: review.comment ?? "",
    sentAt: new Date(review.updateTime).toISOString(),
    action: review.updateTime === review.createTime ? "created" : "edited",
    replyRef,
  };
}
