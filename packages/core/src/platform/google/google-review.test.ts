import { describe, expect, it } from "vitest";
import { googleReview } from "../../../../../test/fakes/google-fake.ts";
import { GoogleReview, normaliseGoogleReview } from "./google-review.ts";

const location = "accounts/111/locations/222";
const review = (input: Parameters<typeof googleReview>[2]) => GoogleReview.parse(googleReview(location, "r1", input));

describe("normaliseGoogleReview", () => {
  it("uses the review name as id and thread, the location as account, and keeps the rating out of the text", () => {
    expect(normaliseGoogleReview(review({ comment: "Kind staff.", stars: "FOUR", createTime: "2026-01-01T10:00:00Z" }), location)).toEqual({
      platform: "google_reviews",
      accountId: location,
      kind: "review",
      platformMessageId: `${location}/reviews/r1`,
      threadKey: `${location}/reviews/r1`,
      context: { platformId: location, text: "Rated 4 of 5" },
      author: { name: "A. Reviewer" },
      text: "Kind staff.",
      sentAt: "2026-01-01T10:00:00.000Z",
      action: "created",
      replyRef: { reviewName: `${location}/reviews/r1`, starRating: "4" },
    });
  });

  it.each([
    ["a later updateTime is an edit", { createTime: "2026-01-01T10:00:00Z", updateTime: "2026-01-03T10:00:00Z" }, { action: "edited", sentAt: "2026-01-03T10:00:00.000Z" }],
    ["a rating-only review has empty text", { createTime: "2026-01-01T10:00:00Z" }, { text: "" }],
  ])("%s", (_rule, input, expected) => {
    expect(normaliseGoogleReview(review(input), location)).toMatchObject(expected);
  });

  it("hides the name of an anonymous reviewer", () => {
    const parsed = GoogleReview.parse({ ...googleReview(location, "r2", { createTime: "2026-01-01T10:00:00Z" }), reviewer: { displayName: "X", isAnonymous: true } });
    expect(normaliseGoogleReview(parsed, location).author).toEqual({});
  });
});
