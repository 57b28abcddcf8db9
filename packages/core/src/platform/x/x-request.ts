import { PlatformError } from "../platform-client.ts";
import { networkFailure } from "../network-failure.ts";

export interface XClientOptions {
  /** API root without a version, e.g. https://api.x.com. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Abort a call after this long; a timed-out POST may still have been applied. */
  timeoutMs?: number;
  /** For the rate-limit wait; defaults to Date.now. */
  now?: () => number;
}

/**
 * One X API v2 call with a Bearer token. Errors become PlatformError (docs.x.com/fundamentals/rate-limits):
 * 429 retries after `x-rate-limit-reset` (Unix seconds); 5xx and network failures retry;
 * 401/403 mark the channel's credentials as failing. Messages carry the status only, never text.
 */
export async function callX(
  options: XClientOptions,
  method: "GET" | "POST",
  path: string,
  token: string | undefined,
  body?: Record<string, unknown>,
): Promise<Record<string, any>> {
  if (!token) throw new PlatformError("X credentials lack a token", { retryable: false, credentialsFailing: true });
  const url = (options.baseUrl ?? "https://api.x.com").replace(/\/$/, "") + path;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw networkFailure("X", error);
  }
  if (response.ok) return (await response.json().catch(() => ({}))) as Record<string, any>;
  throw xError(response.status, response.headers, (options.now ?? Date.now)());
}

export function xError(status: number, headers: Headers, now: number): PlatformError {
  const label = `X call failed: HTTP ${status}`;
  if (status === 429) {
    const reset = Number(headers.get("x-rate-limit-reset"));
    const retryAfterMs = Number.isFinite(reset) && reset > 0 ? Math.max(1_000, reset * 1000 - now) : 60_000;
    return new PlatformError(label, { status, retryable: true, retryAfterMs });
  }
  if (status === 401 || status === 403) return new PlatformError(label, { status, retryable: false, credentialsFailing: true });
  if (status >= 500) return new PlatformError(label, { status, retryable: true });
  return new PlatformError(label, { status, retryable: false });
}
