import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local X API v2 for the calls Bedside makes:
 *   GET  /2/users/:id/mentions        seeded posts that mention :id, newest first, since_id + pagination_token
 *   GET  /2/tweets/search/recent      seeded posts matching any term of the query, since_id + next_token
 *   POST /2/tweets                    {text, reply:{in_reply_to_tweet_id}} -> 201 {data:{id,text}}
 *   POST /2/dm_conversations/with/:id/messages {text} -> 201 {data:{dm_conversation_id, dm_event_id}}
 * Errors use X's problem shape `{title, detail, type, status}`; 429 carries x-rate-limit-reset (Unix seconds).
 * Search matching is a simplification: `-operator:value` terms are dropped and a post matches when its
 * text contains any remaining OR term, case-insensitively.
 */
export interface FakeCall { method: string; path: string; body: unknown; headers: Record<string, string | string[] | undefined> }
export interface XFakeUser { id: string; username: string; name?: string }
export interface XFakePost {
  id: string; text: string; author_id: string; created_at?: string; conversation_id?: string; in_reply_to_user_id?: string;
  referenced_tweets?: Array<{ type: string; id: string }>; note_tweet?: { text: string };
  /** User ids this post @mentions (drives /2/users/:id/mentions). */
  mentions?: string[];
}
export interface XPosted { kind: "post" | "dm"; id: string; body: any; participantId?: string }

export interface XFake {
  baseUrl: string;
  calls: FakeCall[];
  posted: XPosted[];
  seed(posts: XFakePost[], users?: XFakeUser[]): void;
  /** The next n requests answer `status` with a problem body. */
  failNext(n: number, status: number): void;
  /** The next n requests answer 429 with x-rate-limit-reset = now + resetInSeconds. */
  rateLimitNext(n: number, resetInSeconds?: number): void;
  /** The next n POSTs are recorded in `posted`, then answered only after delayMs (beyond the client's timeout). */
  acceptThenTimeout(n: number, delayMs?: number): void;
  reset(): void;
  /** From now on this Bearer token answers 401, as an expired OAuth 2.0 user token does. */
  expireToken(token: string): void;
  close(): Promise<void>;
}

export async function startXFake(init: { posts?: XFakePost[]; users?: XFakeUser[] } = {}): Promise<XFake> {
  const calls: FakeCall[] = [];
  const posted: XPosted[] = [];
  const posts: XFakePost[] = [...(init.posts ?? [])];
  const users = new Map((init.users ?? []).map((u) => [u.id, u]));
  let failures: Array<{ status: number; reset?: number }> = [];
  let hangs: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const expired = new Set<string>();
  let nextId = 1_900_000_000_000_000_000n;

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://fake");
    let body: any;
    try { body = raw ? JSON.parse(raw) : undefined; } catch { body = raw; }
    calls.push({ method: req.method ?? "", path: url.pathname + url.search, body, headers: req.headers });

    if (!req.headers.authorization?.startsWith("Bearer ")) return send(res, 401, problem(401, "Unauthorized"));
    if (expired.has(req.headers.authorization.slice(7))) return send(res, 401, problem(401, "Unauthorized"));
    const failure = failures.shift();
    if (failure) {
      const headers: Record<string, string> = failure.reset ? { "x-rate-limit-reset": String(failure.reset), "x-rate-limit-remaining": "0" } : {};
      return send(res, failure.status, problem(failure.status, failure.status === 429 ? "Too Many Requests" : "Injected failure"), headers);
    }

    const mentions = url.pathname.match(/^\/2\/users\/([^/]+)\/mentions$/);
    if (req.method === "GET" && mentions) {
      const id = decodeURIComponent(mentions[1]!);
      return send(res, 200, page(posts.filter((p) => p.mentions?.includes(id)), url.searchParams, "pagination_token"));
    }
    if (req.method === "GET" && url.pathname === "/2/tweets/search/recent") {
      const terms = searchTerms(url.searchParams.get("query") ?? "");
      if (!terms.length) return send(res, 400, problem(400, "Invalid Request"));
      return send(res, 200, page(posts.filter((p) => terms.some((t) => p.text.toLowerCase().includes(t))), url.searchParams, "next_token"));
    }
    const dm = url.pathname.match(/^\/2\/dm_conversations\/with\/([^/]+)\/messages$/);
    if (req.method === "POST" && (url.pathname === "/2/tweets" || dm)) {
      if (typeof body?.text !== "string" || !body.text) return send(res, 400, problem(400, "Invalid Request"));
      const id = String(nextId++);
      const record: XPosted = dm ? { kind: "dm", id, body, participantId: decodeURIComponent(dm[1]!) } : { kind: "post", id, body };
      posted.push(record);
      const answer = dm ? { data: { dm_conversation_id: `1-${record.participantId}`, dm_event_id: id } } : { data: { id, text: body.text, edit_history_tweet_ids: [id] } };
      const delay = hangs.shift();
      if (delay !== undefined) {
        const timer = setTimeout(() => { timers.delete(timer); send(res, 201, answer); }, delay);
        timers.add(timer);
        return;
      }
      return send(res, 201, answer);
    }
    send(res, 404, problem(404, "Not Found"));
  });

  /** Newest first, strictly after since_id, in pages of max_results, with an opaque offset token. */
  function page(matching: XFakePost[], params: URLSearchParams, tokenParam: string) {
    const since = params.get("since_id");
    const sorted = matching.filter((p) => !since || BigInt(p.id) > BigInt(since)).sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    const size = Math.min(100, Math.max(5, Number(params.get("max_results") ?? 10)));
    const offset = Number(Buffer.from(params.get(tokenParam) ?? "", "base64url").toString() || 0);
    const data = sorted.slice(offset, offset + size);
    if (!data.length) return { meta: { result_count: 0 } };
    const next = offset + size < sorted.length ? Buffer.from(String(offset + size)).toString("base64url") : undefined;
    const referenced = data.flatMap((p) => p.referenced_tweets ?? []).map((r) => posts.find((p) => p.id === r.id)).filter((p) => p !== undefined);
    const authorIds = new Set([...data, ...referenced].map((p) => p.author_id));
    return {
      data: data.map(toV2),
      includes: { users: [...authorIds].flatMap((id) => (users.has(id) ? [users.get(id)!] : [])), ...(referenced.length ? { tweets: referenced.map(toV2) } : {}) },
      meta: { result_count: data.length, newest_id: data[0]!.id, oldest_id: data.at(-1)!.id, ...(next ? { next_token: next } : {}) },
    };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const repeat = <T>(list: T[], n: number, item: T) => { for (let i = 0; i < n; i++) list.push(item); };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    posted,
    seed: (more, moreUsers = []) => { posts.push(...more); for (const u of moreUsers) users.set(u.id, u); },
    failNext: (n, status) => repeat(failures, n, { status }),
    rateLimitNext: (n, resetInSeconds = 60) => repeat(failures, n, { status: 429, reset: Math.floor(Date.now() / 1000) + resetInSeconds }),
    acceptThenTimeout: (n, delayMs = 15_000) => repeat(hangs, n, delayMs),
    expireToken: (token) => { expired.add(token); },
    reset: () => { calls.length = 0; posted.length = 0; posts.length = 0; users.clear(); failures = []; hangs = []; },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function toV2({ mentions: _mentions, ...post }: XFakePost) {
  return { ...post, edit_history_tweet_ids: [post.id] };
}

function searchTerms(query: string): string[] {
  return query
    .replace(/-\S+:\S+/g, " ")
    .replace(/[()]/g, " ")
    .split(/\s+OR\s+/)
    .map((t) => t.trim().replace(/^"|"$/g, "").toLowerCase())
    .filter(Boolean);
}

const problem = (status: number, title: string) => ({ title, detail: title, type: "about:blank", status });

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve(Buffer.concat(chunks).toString("utf8"))).on("error", reject);
  });
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(json));
}
