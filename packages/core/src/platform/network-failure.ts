import { PlatformError } from "./platform-client.ts";

/** Codes that mean the connection was never made, so the platform cannot have seen the request. */
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT", "ERR_INVALID_URL"]);

function codes(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== "object" || depth > 4) return [];
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown[] };
  const own = typeof e.code === "string" ? [e.code] : [];
  return [...own, ...codes(e.cause, depth + 1), ...(e.errors ?? []).flatMap((x) => codes(x, depth + 1))];
}

/**
 * Turns a fetch that threw (no HTTP answer) into a PlatformError. Every such failure is
 * retryable in the sense that the call could succeed later, but only a connection that was never
 * made is a definite failure; a timeout or a connection dropped after the request went out is
 * `ambiguous`: the platform may have applied it, so a write must not be blindly sent again.
 */
export function networkFailure(platformLabel: string, error: unknown): PlatformError {
  const name = (error as { name?: string } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new PlatformError(`${platformLabel} call timed out`, { retryable: true, ambiguous: true });
  }
  const found = codes(error);
  if (found.length > 0 && found.some((c) => NEVER_SENT.has(c))) {
    return new PlatformError(`${platformLabel} could not be reached`, { retryable: true });
  }
  return new PlatformError(`${platformLabel} call failed on the network`, { retryable: true, ambiguous: true });
}
