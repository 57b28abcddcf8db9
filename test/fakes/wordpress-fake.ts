import { jsonBody, startFakeHttpServer, type FakeServer } from "./fake-http-server.ts";

export interface WordPressFake extends FakeServer {
  /** Comments in the REST view shape; status "approved", "hold", "trash" or "spam". */
  comments: Record<string, unknown>[];
}

/**
 * A local WordPress site (its baseUrl is the site URL): GET /wp-json/wp/v2/comments with after (GMT,
 * exclusive), orderby=date_gmt, order, per_page, page, status (approve by default; hold, all = approved
 * and held, trash and spam need auth; a test edits or trashes a comment by changing it in `comments`),
 * X-WP-Total(Pages) headers; POST /wp-json/wp/v2/comments with Basic auth (default editor / "abcd efgh"),
 * 409 comment_duplicate for a repeated reply.
 */
export async function startWordPressFake(options: { username?: string; applicationPassword?: string } = {}): Promise<WordPressFake> {
  const expectedAuth = `Basic ${Buffer.from(`${options.username ?? "editor"}:${options.applicationPassword ?? "abcd efgh"}`).toString("base64")}`;
  const comments: Record<string, unknown>[] = [];
  const error = (status: number, code: string) => ({ status, body: { code, message: code, data: { status } } });
  let fake: FakeServer;
  fake = await startFakeHttpServer({
    errorBody: (status) => ({ code: status === 429 ? "too_many_requests" : "internal_error", message: "fake error", data: { status } }),
    handle(req) {
      if (req.path !== "/wp-json/wp/v2/comments") return error(404, "rest_no_route");
      const authed = req.headers.authorization === expectedAuth;
      if (req.headers.authorization && !authed) return error(401, "invalid_username");
      if (req.method === "GET") {
        const status = req.query.get("status") ?? "approve";
        if (status !== "approve" && !authed) return error(401, "rest_forbidden_param");
        const after = req.query.get("after");
        const order = req.query.get("order") === "desc" ? -1 : 1;
        const matching = comments
          // WordPress's "all" is approved and held; trash and spam are asked for by name.
          .filter((c) => (status === "all" ? c.status === "approved" || c.status === "hold" : c.status === (status === "approve" ? "approved" : status)))
          .filter((c) => !after || Date.parse(`${c.date_gmt}Z`) > Date.parse(/Z$/.test(after) ? after : `${after}Z`))
          .sort((a, b) => order * String(a.date_gmt).localeCompare(String(b.date_gmt)));
        const perPage = Number(req.query.get("per_page") ?? 10);
        const page = Number(req.query.get("page") ?? 1);
        const slice = matching.slice((page - 1) * perPage, page * perPage);
        const headers = { "x-wp-total": String(matching.length), "x-wp-totalpages": String(Math.max(1, Math.ceil(matching.length / perPage))) };
        return { status: 200, body: slice, headers };
      }
      if (req.method === "POST") {
        if (!authed) return error(401, "rest_comment_login_required");
        const body = jsonBody(req) as { post?: number; parent?: number; content?: string } | undefined;
        if (!body?.post || !body.content) return error(400, "rest_comment_content_invalid");
        if (comments.some((c) => c.post === body.post && c.author === 1 && (c.content as { raw: string }).raw === body.content)) {
          return error(409, "comment_duplicate");
        }
        const id = comments.reduce((max, c) => Math.max(max, c.id as number), 0) + 1;
        const comment = wordPressComment(fake.baseUrl, id, { post: body.post, parent: body.parent ?? 0, text: body.content, author: 1, authorName: "Clinic" });
        comments.push(comment);
        return { status: 201, body: comment };
      }
      return error(405, "rest_no_route");
    },
  });
  return Object.assign(fake, { comments });
}

/** A comment in the REST shape (as in WordPress core's generated fixtures). */
export function wordPressComment(
  site: string,
  id: number,
  input: { post: number; parent?: number; text: string; dateGmt?: string; status?: string; author?: number; authorName?: string },
): Record<string, unknown> {
  const dateGmt = input.dateGmt ?? new Date().toISOString().slice(0, 19);
  return {
    id,
    post: input.post,
    parent: input.parent ?? 0,
    author: input.author ?? 0,
    author_name: input.authorName ?? "A visitor",
    date: dateGmt,
    date_gmt: dateGmt,
    content: { rendered: `<p>${input.text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>\n`, raw: input.text },
    link: `${site}/?p=${input.post}#comment-${id}`,
    status: input.status ?? "approved",
    type: "comment",
  };
}
