import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local Graph API for the reply calls Bedside makes (graph-api/reference/object/comments,
 * ig-comment/replies, ig-user/mentions, messenger-platform/reference/send-api):
 *   POST /{version}/{id}/comments | /replies | /mentions | /messages
 * It checks for a Bearer token (or access_token param), records every call, and answers like Graph:
 * `{id}` for comments/replies/mentions, `{recipient_id, message_id}` for messages, and
 * `{error: {message, type, code, fbtrace_id}}` on failure.
 */
export interface FakeCall { method: string; path: string; body: unknown; headers: Record<string, string | string[] | undefined> }
export interface MetaPosted { edge: "comments" | "replies" | "mentions" | "messages"; targetId: string; body: any; id: string; at?: string }

export interface MetaFake {
  /** Includes the version, e.g. http://127.0.0.1:1234/v21.0 — pass it to createMetaSender. */
  baseUrl: string;
  calls: FakeCall[];
  posted: MetaPosted[];
  /** The next n calls answer `status` with a Graph error body (code 2 for 5xx, 190 for 401, 100 otherwise). */
  failNext(n: number, status: number): void;
  /** The next n calls answer HTTP 400 with a throttling code (default 4, "Application request limit reached"). */
  rateLimitNext(n: number, code?: number): void;
  /** The next n posts are recorded in `posted` but the answer is held for delayMs (beyond the client's timeout). */
  acceptThenTimeout(n: number, delayMs?: number): void;
  /**
   * From now on, every post without a queued knob fails with HTTP 503 (code 2) with probability
   * `failShare`, or is accepted and answered only after `hangMs` with probability `hangShare`.
   * `random` makes the draw reproducible.
   */
  flaky(options: { failShare: number; hangShare: number; hangMs?: number; random?: () => number } | null): void;
  reset(): void;
  close(): Promise<void>;
}

type Knob = { kind: "fail"; status: number } | { kind: "rate"; code: number } | { kind: "hang"; delayMs: number };

export async function startMetaFake(options: { version?: string } = {}): Promise<MetaFake> {
  const version = options.version ?? "v21.0";
  const calls: FakeCall[] = [];
  const posted: MetaPosted[] = [];
  let knobs: Knob[] = [];
  let flaky: { failShare: number; hangShare: number; hangMs?: number; random?: () => number } | null = null;
  const timers = new Set<NodeJS.Timeout>();
  let nextId = 1;

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://fake");
    const body = parseBody(raw, req.headers["content-type"]);
    calls.push({ method: req.method ?? "", path: url.pathname + url.search, body, headers: req.headers });

    // page/conversations?user_id=: the Page's Messenger conversation with one person, newest messages
    // first (what a sender reads to reconcile a send that timed out).
    const conversations = url.pathname.match(new RegExp(`^/${version}/([^/]+)/conversations$`));
    if (req.method === "GET" && conversations) {
      if (!bearer(req.headers.authorization)) return send(res, 400, graphErr(190, "An active access token must be used", "OAuthException"));
      const pageId = decodeURIComponent(conversations[1]!);
      const userId = url.searchParams.get("user_id");
      const messages = posted
        .filter((p) => p.edge === "messages" && p.targetId === pageId && p.body?.recipient?.id === userId)
        .reverse()
        .map((p) => ({ id: p.id, message: p.body?.message?.text, from: { id: pageId }, created_time: p.at }));
      return send(res, 200, { data: messages.length ? [{ id: `t_${userId}`, messages: { data: messages } }] : [] });
    }
    const match = url.pathname.match(new RegExp(`^/${version}/([^/]+)/(comments|replies|mentions|messages)$`));
    if (req.method !== "POST" || !match) return send(res, 404, graphErr(803, "Unknown path"));
    const token = bearer(req.headers.authorization) ?? url.searchParams.get("access_token");
    if (!token) return send(res, 400, graphErr(190, "An active access token must be used", "OAuthException"));

    const knob = knobs.shift() ?? drawFlaky();
    if (knob?.kind === "fail") return send(res, knob.status, graphErr(failCode(knob.status), "Injected failure"));
    if (knob?.kind === "rate") return send(res, 400, graphErr(knob.code, "Application request limit reached"));

    const edge = match[2] as MetaPosted["edge"];
    const text = edge === "messages" ? (body as any)?.message?.text : (body as any)?.message;
    if (typeof text !== "string" || !text) return send(res, 400, graphErr(100, "Invalid parameter"));
    const id = edge === "messages" ? `m_fake${nextId++}` : `${decodeURIComponent(match[1]!)}_${9000 + nextId++}`;
    posted.push({ edge, targetId: decodeURIComponent(match[1]!), body, id, at: new Date().toISOString() });
    const answer = edge === "messages" ? { recipient_id: (body as any)?.recipient?.id ?? "PSID", message_id: id } : { id };
    if (knob?.kind === "hang") {
      const timer = setTimeout(() => { timers.delete(timer); send(res, 200, answer); }, knob.delayMs);
      timers.add(timer);
      return;
    }
    send(res, 200, answer);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  function drawFlaky(): Knob | undefined {
    if (!flaky) return undefined;
    const r = (flaky.random ?? Math.random)();
    if (r < flaky.failShare) return { kind: "fail", status: 503 };
    if (r < flaky.failShare + flaky.hangShare) return { kind: "hang", delayMs: flaky.hangMs ?? 15_000 };
    return undefined;
  }
  const repeat = (n: number, knob: Knob) => { for (let i = 0; i < n; i++) knobs.push(knob); };
  return {
    baseUrl: `http://127.0.0.1:${port}/${version}`,
    calls,
    posted,
    failNext: (n, status) => repeat(n, { kind: "fail", status }),
    rateLimitNext: (n, code = 4) => repeat(n, { kind: "rate", code }),
    acceptThenTimeout: (n, delayMs = 15_000) => repeat(n, { kind: "hang", delayMs }),
    flaky: (options) => { flaky = options; },
    reset: () => { calls.length = 0; posted.length = 0; knobs = []; flaky = null; },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const failCode = (status: number) => (status >= 500 ? 2 : status === 401 ? 190 : 100);
const graphErr = (code: number, message: string, type = "OAuthException") => ({ error: { message, type, code, fbtrace_id: "Afake" } });
const bearer = (header: string | undefined) => (header?.startsWith("Bearer ") ? header.slice(7) : undefined);

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (contentType?.includes("json")) { try { return JSON.parse(raw); } catch { return raw; } }
  return Object.fromEntries(new URLSearchParams(raw));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve(Buffer.concat(chunks).toString("utf8"))).on("error", reject);
  });
}

function send(res: ServerResponse, status: number, json: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
}
