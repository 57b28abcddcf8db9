import { PlatformError } from "../platform-client.ts";
import { networkFailure } from "../network-failure.ts";

export interface LinkedInClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  /** LinkedIn-Version (YYYYMM). Versions are sunset after about a year; keep this current. */
  version?: string;
  timeoutMs?: number;
}

export const DEFAULT_LINKEDIN_VERSION = "202506";

/** Rest.li 2.0 wants URNs fully encoded in paths and query values, parentheses included. */
export function encodeUrn(urn: string): string {
  return encodeURIComponent(urn).replace(/\(/g, "%28").replace(/\)/g, "%29");
}

/** One authenticated call to the versioned /rest API; errors become PlatformErrors without echoing bodies. */
export async function linkedInRequest(
  options: LinkedInClientOptions,
  accessToken: string | undefined,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ response: Response; body: Record<string, unknown> }> {
  if (!accessToken) throw new PlatformError("LinkedIn access token missing", { retryable: false, credentialsFailing: true });
  const baseUrl = (options.baseUrl ?? "https://api.linkedin.com").replace(/\/$/, "");
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${baseUrl}${path}`, {
      method: init.method ?? "GET",
      headers: {
        authorization: `Bearer ${accessToken}`,
        "linkedin-version": options.version ?? DEFAULT_LINKEDIN_VERSION,
        "x-restli-protocol-version": "2.0.0",
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw networkFailure("LinkedIn", error);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const status = response.status;
    const code = typeof body.serviceErrorCode === "number" ? ` (serviceErrorCode ${body.serviceErrorCode})` : "";
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new PlatformError(`LinkedIn answered ${status}${code}`, {
      status,
      retryable: status === 429 || status >= 500,
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
      credentialsFailing: status === 401 || status === 403,
    });
  }
  return { response, body };
}
