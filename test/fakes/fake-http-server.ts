import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The shared skeleton of the platform fakes: a real HTTP server on 127.0.0.1:0 that records every
 * request and carries the failure knobs the retry and exactly-once tests need.
 */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeServer {
  baseUrl: string;
  /** Every request, in arrival order. */
  calls: FakeRequest[];
  /** Writes (POST/PUT) the fake accepted, including ones answered late by acceptThenTimeout. */
  posted: FakeRequest[];
  /** The next n requests fail with this status and the platform's documented error body. */
  failNext(n: number, status?: number): void;
  /** The next n requests answer 429 with Retry-After: 1. */
  rateLimitNext(n: number): void;
  /** The next n writes are recorded and applied, then answered only after delayMs (beyond the client's timeout). */
  acceptThenTimeout(n: number, delayMs?: number): void;
  close(): Promise<void>;
}

export interface FakeOptions {
  handle(req: FakeRequest): FakeResponse | Promise<FakeResponse>;
  /** The platform's documented error JSON for a status. */
  errorBody(status: number): unknown;
}

export async function startFakeHttpServer(options: FakeOptions): Promise<FakeServer> {
  const calls: FakeRequest[] = [];
  const posted: FakeRequest[] = [];
  const failures: number[] = [];
  let timeouts: { n: number; delayMs: number } = { n: 0, delayMs: 0 };
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const request: FakeRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    calls.push(request);
    const send = (r: FakeResponse) => {
      const text = r.body === undefined ? "" : typeof r.body === "string" ? r.body : JSON.stringify(r.body);
      const type = typeof r.body === "string" ? "text/plain" : "application/json";
      res.writeHead(r.status, { "content-type": type, ...r.headers });
      res.end(text);
    };
    const failure = failures.shift();
    if (failure !== undefined) {
      const headers: Record<string, string> = failure === 429 ? { "retry-after": "1" } : {};
      return send({ status: failure, body: options.errorBody(failure), headers });
    }
    const isWrite = request.method === "POST" || request.method === "PUT";
    let response: FakeResponse;
    try {
      response = await options.handle(request);
    } catch {
      response = { status: 500, body: options.errorBody(500) };
    }
    if (isWrite && response.status < 300) posted.push(request);
    if (isWrite && timeouts.n > 0) {
      timeouts.n -= 1;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send(response);
      }, timeouts.delayMs);
      timers.add(timer);
      return;
    }
    send(response);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    posted,
    failNext(n, status = 500) {
      for (let i = 0; i < n; i++) failures.push(status);
    },
    rateLimitNext(n) {
      for (let i = 0; i < n; i++) failures.push(429);
    },
    acceptThenTimeout(n, delayMs = 20_000) {
      timeouts = { n, delayMs };
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Parses a JSON request body, or undefined when it is not JSON. */
export function jsonBody(req: FakeRequest): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(req.body) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
