import { PlatformError } from "../platform-client.ts";
import { networkFailure } from "../network-failure.ts";

export interface GraphClientOptions {
  /** Graph API root including the version, e.g. https://graph.facebook.com/v21.0 (https://graph.instagram.com/v21.0 for Instagram Login). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Abort a call after this long; the reply job treats it as retryable and must check before resending. */
  timeoutMs?: number;
}

/** Graph error codes meaning "throttled, wait": 4 app, 17 user, 32 page, 613 custom, 80001-80009 business use case. */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80001, 80002, 80004, 80005, 80006, 80008, 80009]);
/** 1 unknown and 2 service: "temporary issue due to downtime, wait and retry". */
const TEMPORARY_CODES = new Set([1, 2, 341]);
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/**
 * POSTs JSON to the Graph API with the token as a Bearer header (kept out of URLs and logs).
 * Errors become PlatformError per developers.facebook.com/docs/graph-api/guides/error-handling:
 * throttling codes and 5xx retry; 190 (expired token), 10 and 200-299 (permission) or HTTP 401/403
 * mark the channel's credentials as failing. The message has status and code only, never the text.
 */
export async function postGraph(
  options: GraphClientOptions,
  path: string,
  token: string | undefined,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (!token) throw new PlatformError("Meta credentials lack pageAccessToken", { retryable: false, credentialsFailing: true });
  const doFetch = options.fetch ?? fetch;
  const url = (options.baseUrl ?? "https://graph.facebook.com/v21.0").replace(/\/$/, "") + path;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw networkFailure("Meta", error);
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok && !json.error) return json;
  throw graphError(response.status, json, response.headers);
}

/** GETs a Graph node or edge with `fields` (and any other query `params`), the token as a Bearer header; errors as postGraph's. */
export async function getGraph(
  options: GraphClientOptions,
  path: string,
  token: string | undefined,
  fields: string,
  params: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  if (!token) throw new PlatformError("Meta credentials lack pageAccessToken", { retryable: false, credentialsFailing: true });
  const url = `${(options.baseUrl ?? "https://graph.facebook.com/v21.0").replace(/\/$/, "")}${path}?${new URLSearchParams({ ...params, fields })}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new PlatformError(timedOut ? "Meta call timed out" : "Meta call failed on the network", { retryable: true });
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok && !json.error) return json;
  throw graphError(response.status, json, response.headers);
}

export function graphError(status: number, json: Record<string, unknown>, headers: Headers): PlatformError {
  const error = (json.error ?? {}) as { code?: number; error_subcode?: number };
  const code = typeof error.code === "number" ? error.code : undefined;
  const label = `Meta call failed: HTTP ${status}${code !== undefined ? ` code ${code}` : ""}`;
  if (status === 429 || (code !== undefined && RATE_LIMIT_CODES.has(code))) {
    return new PlatformError(label, { status, retryable: true, retryAfterMs: retryAfterMs(headers) });
  }
  if (code === 190 || code === 102 || code === 10 || (code !== undefined && code >= 200 && code < 300) || status === 401 || status === 403) {
    return new PlatformError(label, { status, retryable: false, credentialsFailing: true });
  }
  if (status >= 500 || (code !== undefined && TEMPORARY_CODES.has(code))) {
    return new PlatformError(label, { status, retryable: true });
  }
  return new PlatformError(label, { status, retryable: false });
}

/**
 * Retry-After when present; else the largest `estimated_time_to_regain_access` (minutes) in
 * X-Business-Use-Case-Usage (graph-api/overview/rate-limiting); else a minute.
 */
function retryAfterMs(headers: Headers): number {
  const retryAfter = Number(headers.get("retry-after"));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter * 1000;
  try {
    const usage = JSON.parse(headers.get("x-business-use-case-usage") ?? "{}") as Record<string, Array<{ estimated_time_to_regain_access?: number }>>;
    const minutes = Math.max(0, ...Object.values(usage).flat().map((u) => u.estimated_time_to_regain_access ?? 0));
    if (minutes > 0) return minutes * 60_000;
  } catch {
    // A malformed usage header is not worth failing the call over.
  }
  return DEFAULT_RATE_LIMIT_WAIT_MS;
}
