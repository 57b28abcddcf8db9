import { startFakeHttpServer, type FakeServer } from "./fake-http-server.ts";

export interface GraphMentionsFake extends FakeServer {
  /** Includes the version, e.g. http://127.0.0.1:1234/v21.0: the Graph root Bedside is configured with. */
  graphUrl: string;
  /** What the reads serve, by comment id and by media id. */
  mentionedComments: Map<string, { text: string; timestamp?: string; like_count?: number }>;
  mentionedMedia: Map<string, { caption?: string; timestamp?: string; username?: string; media_type?: string }>;
}

const FIELDS = {
  mentioned_comment: new Set(["id", "text", "timestamp", "like_count", "media"]),
  mentioned_media: new Set(["id", "caption", "comments_count", "like_count", "media_type", "media_url", "timestamp", "username"]),
};

/**
 * A local Graph API for reading Instagram @mentions (instagram-graph-api/reference/ig-user/mentioned_comment
 * and mentioned_media, Facebook Login):
 *   GET /{version}/{ig-user-id}?fields=mentioned_comment.comment_id(<id>){<fields>}
 *   GET /{version}/{ig-user-id}?fields=mentioned_media.media_id(<id>){<fields>}
 * answering `{ mentioned_comment | mentioned_media: { requested fields }, id: <ig-user-id> }`. It needs a
 * token (Bearer or access_token), refuses fields the reference does not list (code 100), and answers
 * Graph's `{error: {message, type, code, fbtrace_id}}` for unknown ids and injected failures.
 */
export async function startGraphMentionsFake(options: { version?: string } = {}): Promise<GraphMentionsFake> {
  const version = options.version ?? "v21.0";
  const mentionedComments: GraphMentionsFake["mentionedComments"] = new Map();
  const mentionedMedia: GraphMentionsFake["mentionedMedia"] = new Map();
  const graphError = (status: number, code: number, message: string) => ({ status, body: { error: { message, type: "OAuthException", code, fbtrace_id: "Afake" } } });
  const fake = await startFakeHttpServer({
    errorBody: (status) => ({ error: { message: "Injected failure", type: "OAuthException", code: status >= 500 ? 2 : status === 401 ? 190 : status === 429 ? 4 : 100, fbtrace_id: "Afake" } }),
    handle(req) {
      const node = new RegExp(`^/${version}/(\\d+)$`).exec(req.path);
      if (req.method !== "GET" || !node) return graphError(404, 803, "Unknown path");
      if (!req.headers.authorization?.startsWith("Bearer ") && !req.query.get("access_token")) return graphError(400, 190, "An active access token must be used");
      const field = /^(mentioned_comment)\.comment_id\((\d+)\)\{([a-z_,]+)\}$|^(mentioned_media)\.media_id\((\d+)\)\{([a-z_,]+)\}$/.exec(req.query.get("fields") ?? "");
      if (!field) return graphError(400, 100, "Tried accessing nonexisting field");
      const [name, id, wanted] = (field[1] ? [field[1], field[2], field[3]] : [field[4], field[5], field[6]]) as ["mentioned_comment" | "mentioned_media", string, string];
      const found = (name === "mentioned_comment" ? mentionedComments.get(id) : mentionedMedia.get(id)) as Record<string, unknown> | undefined;
      if (!found) return graphError(400, 100, "Unsupported get request");
      const picked: Record<string, unknown> = {};
      for (const f of wanted.split(",")) {
        if (!FIELDS[name].has(f)) return graphError(400, 100, `Tried accessing nonexisting field (${f})`);
        if (f === "id") picked.id = id;
        else if (found[f] !== undefined) picked[f] = found[f];
      }
      return { status: 200, body: { [name]: picked, id: node[1] } };
    },
  });
  return Object.assign(fake, { graphUrl: `${fake.baseUrl}/${version}`, mentionedComments, mentionedMedia });
}
