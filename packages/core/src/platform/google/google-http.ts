import { PlatformError } from "../platform-client.ts";
import { networkFailure } from "../network-failure.ts";

export interface GoogleClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** One Bearer-authenticated call; Google errors are { error: { code, message, status } } and only `status` is kept. */
export async function googleRequest(
  options: GoogleClientOptions,
  accessToken: string | undefined,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Record<string, unknown>> {
  if (!accessToken) throw new PlatformError("Google access token missing", { retryable: false, credentialsFailing: true });
  const baseUrl = (options.baseUrl ?? "https://mybusiness.googleapis.com").replace(/\/$/, "");
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${baseUrl}${path}`, {
      method: init.method ?? "GET",
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw networkFailure("Google", error);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const status = response.status;
    const reason = (body.error as { status?: string } | undefined)?.status;
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new PlatformError(`Google answered ${status}${reason ? ` (${reason})` : ""}`, {
      status,
      retryable: status === 429 || status >= 500,
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
      credentialsFailing: status === 401 || status === 403,
    });
  }
  return body;
}
