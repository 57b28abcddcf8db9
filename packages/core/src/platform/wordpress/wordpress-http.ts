import { PlatformError } from "../platform-client.ts";
import { networkFailure } from "../network-failure.ts";

export interface WordPressClientOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Basic auth with an Application Password, when the channel has one. */
export function basicAuth(credentials: Record<string, string>): Record<string, string> {
  const { username, applicationPassword } = credentials;
  if (!username || !applicationPassword) return {};
  return { authorization: `Basic ${Buffer.from(`${username}:${applicationPassword}`).toString("base64")}` };
}

/** WordPress errors are { code, message, data: { status } }; only `code` (e.g. comment_duplicate) is kept. */
export async function wordPressRequest(
  options: WordPressClientOptions,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<{ response: Response; body: unknown }> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: init.method ?? "GET",
      headers: { accept: "application/json", ...init.headers, ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw networkFailure("WordPress", error);
  }
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const status = response.status;
    const code = (body as { code?: unknown } | undefined)?.code;
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new PlatformError(`WordPress answered ${status}${typeof code === "string" ? ` (${code})` : ""}`, {
      status,
      retryable: status === 429 || status >= 500,
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
      credentialsFailing: status === 401 || status === 403,
    });
  }
  return { response, body };
}
