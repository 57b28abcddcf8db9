import { request } from "node:http";

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  ms: number;
}

/**
 * One HTTP request on its own connection (no keep-alive pool), with exact bytes and any headers.
 * A server may answer early (413, 401) without reading the whole body; on a pooled connection the
 * next request could then meet a socket the server had already closed, which would look like a crash.
 * Rejects with "timeout" after `timeoutMs` (a hang), or with the socket error (a crash or refused connection).
 */
export function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Uint8Array; timeoutMs?: number } = {},
): Promise<RawAnswer> {
  const url = new URL(path, baseUrl);
  const started = Date.now();
  return new Promise((done, fail) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: `${url.pathname}${url.search}`,
        agent: false,
        headers: { connection: "close", ...(body ? { "content-length": String(body.length) } : {}), ...(options.headers ?? {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          clearTimeout(timer);
          done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8"), ms: Date.now() - started });
        });
        res.on("error", (e) => {
          clearTimeout(timer);
          fail(e);
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new Error("timeout"));
    }, options.timeoutMs ?? 15_000);
    req.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // The server answered before reading the whole body and closed: the answer already arrived or
      // arrives on 'response'; an EPIPE/ECONNRESET while writing is not a crash by itself.
      fail(e);
    });
    if (body) req.end(body);
    else req.end();
  });
}
