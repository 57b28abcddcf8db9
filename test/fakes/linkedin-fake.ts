import { createHmac } from "node:crypto";
import { jsonBody, startFakeHttpServer, type FakeServer } from "./fake-http-server.ts";

export interface LinkedInFake extends FakeServer {
  /** Notifications served by organizationalEntityNotifications (webhook notification shape). */
  notifications: Record<string, unknown>[];
}

/**
 * A local LinkedIn /rest API: organizationalEntityNotifications?q=criteria (filtered by organizationalEntity
 * and timeRange, paged by count/start) and POST socialActions/{urn}/comments. Requires a Bearer token
 * (default "li_token") and the LinkedIn-Version header.
 */
export async function startLinkedInFake(options: { accessToken?: string; notifications?: Record<string, unknown>[] } = {}): Promise<LinkedInFake> {
  const token = options.accessToken ?? "li_token";
  const notifications = options.notifications ?? [];
  let next = 7000;
  const error = (status: number, message: string) => ({ status, body: { status, serviceErrorCode: status * 10, message } });
  const fake = await startFakeHttpServer({
    errorBody: (status) => ({ status, serviceErrorCode: status * 10, message: "fake error" }),
    handle(req) {
      if (req.headers.authorization !== `Bearer ${token}`) return error(401, "Invalid access token");
      if (!req.headers["linkedin-version"]) return error(426, "LinkedIn-Version header required");
      if (req.method === "GET" && req.path === "/rest/organizationalEntityNotifications") {
        if (req.query.get("q") !== "criteria") return error(400, "q=criteria required");
        const [, start, end] = /^\(start:(\d+),end:(\d+)\)$/.exec(req.query.get("timeRange") ?? "") ?? [];
        const org = req.query.get("organizationalEntity");
        const matching = notifications
          .filter((n) => n.organizationalEntity === org)
          .filter((n) => !start || ((n.lastModifiedAt as number) >= Number(start) && (n.lastModifiedAt as number) <= Number(end)));
        const count = Number(req.query.get("count") ?? 10);
        const offset = Number(req.query.get("start") ?? 0);
        return { status: 200, body: { elements: matching.slice(offset, offset + count), paging: { start: offset, count, total: matching.length } } };
      }
      const comment = /^\/rest\/socialActions\/(.+)\/comments$/.exec(req.path);
      if (req.method === "POST" && comment) {
        const body = jsonBody(req) as { actor?: string; object?: string; message?: { text?: string } } | undefined;
        if (!body?.actor || !body.object || !body.message?.text) return error(422, "actor, object and message.text are required");
        const activity = body.object.replace(/^urn:li:(share|ugcPost):/, "urn:li:activity:");
        const urn = `urn:li:comment:(${activity},${next++})`;
        return { status: 201, body: { $URN: urn, actor: body.actor, object: body.object, message: body.message }, headers: { "x-restli-id": urn } };
      }
      return error(404, "Not found");
    },
  });
  return Object.assign(fake, { notifications });
}

/** The X-LI-Signature header LinkedIn would send for this raw body (see verifyLinkedInSignature). */
export function signLinkedInBody(body: string, secret: string): string {
  return createHmac("sha256", secret).update(`hmacsha256=${body}`, "utf8").digest("hex");
}

let nextNotificationId = 1;

/** A COMMENT notification in the documented field layout, for tests and seeds. */
export function linkedInCommentNotification(input: {
  organization: string;
  post: string;
  commentId: string;
  text: string;
  actor?: string;
  at: number;
  action?: string;
}): Record<string, unknown> {
  const activity = input.post.replace(/^urn:li:(share|ugcPost):/, "urn:li:activity:");
  const comment = `urn:li:comment:(${activity},${input.commentId})`;
  return {
    notificationId: nextNotificationId++,
    organizationalEntity: input.organization,
    action: input.action ?? "COMMENT",
    actor: input.actor ?? "urn:li:person:abc123",
    sourcePost: input.post,
    generatedActivity: comment,
    decoratedGeneratedActivity: {
      createdAt: input.at,
      comment: { entity: comment, owner: input.actor ?? "urn:li:person:abc123", text: input.text, object: activity },
    },
    lastModifiedAt: input.at,
  };
}
