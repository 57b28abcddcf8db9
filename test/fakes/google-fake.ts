import { jsonBody, startFakeHttpServer, type FakeServer } from "./fake-http-server.ts";

export interface GoogleFake extends FakeServer {
  /** Reviews by location name ("accounts/1/locations/2"), in the v4 Review shape. */
  reviews: Map<string, Record<string, unknown>[]>;
}

/**
 * A local Google Business Profile v4 API: GET /v4/{location}/reviews (orderBy updateTime desc,
 * pageSize, pageToken) and PUT /v4/{review}/reply (4096-byte limit). Bearer token default "gbp_token".
 */
export async function startGoogleFake(options: { accessToken?: string } = {}): Promise<GoogleFake> {
  const token = options.accessToken ?? "gbp_token";
  const reviews = new Map<string, Record<string, unknown>[]>();
  const error = (code: number, status: string) => ({ status: code, body: { error: { code, message: status, status } } });
  const fake = await startFakeHttpServer({
    errorBody: (code) => ({ error: { code, message: "fake error", status: code === 429 ? "RESOURCE_EXHAUSTED" : "INTERNAL" } }),
    handle(req) {
      if (req.headers.authorization !== `Bearer ${token}`) return error(401, "UNAUTHENTICATED");
      const list = /^\/v4\/(accounts\/[^/]+\/locations\/[^/]+)\/reviews$/.exec(req.path);
      if (req.method === "GET" && list) {
        const all = [...(reviews.get(list[1]) ?? [])].sort((a, b) => String(b.updateTime).localeCompare(String(a.updateTime)));
        const size = Math.min(Number(req.query.get("pageSize") ?? 50), 50);
        const offset = Number(req.query.get("pageToken") ?? 0);
        const page = all.slice(offset, offset + size);
        const more = offset + size < all.length;
        return { status: 200, body: { reviews: page, totalReviewCount: all.length, averageRating: 4.5, ...(more ? { nextPageToken: String(offset + size) } : {}) } };
      }
      const reply = /^\/v4\/((accounts\/[^/]+\/locations\/[^/]+)\/reviews\/[^/]+)\/reply$/.exec(req.path);
      if (req.method === "PUT" && reply) {
        const review = reviews.get(reply[2])?.find((r) => r.name === reply[1]);
        if (!review) return error(404, "NOT_FOUND");
        const comment = jsonBody(req)?.comment;
        if (typeof comment !== "string" || !comment || Buffer.byteLength(comment) > 4096) return error(400, "INVALID_ARGUMENT");
        review.reviewReply = { comment, updateTime: new Date().toISOString() };
        return { status: 200, body: review.reviewReply };
      }
      return error(404, "NOT_FOUND");
    },
  });
  return Object.assign(fake, { reviews });
}

/** A v4 Review for seeding. */
export function googleReview(location: string, id: string, input: { comment?: string; stars?: string; createTime: string; updateTime?: string; reviewer?: string }) {
  return {
    name: `${location}/reviews/${id}`,
    reviewId: id,
    reviewer: { displayName: input.reviewer ?? "A. Reviewer", isAnonymous: false },
    starRating: input.stars ?? "FIVE",
    ...(input.comment !== undefined ? { comment: input.comment } : {}),
    createTime: input.createTime,
    updateTime: input.updateTime ?? input.createTime,
  };
}
