import { startFakeHttpServer, type FakeRequest, type FakeServer } from "./fake-http-server.ts";

export type TokenPlatform = "x" | "google_reviews" | "linkedin";

export interface OAuthTokenFake extends FakeServer {
  /** Registers a refresh token: refreshing it answers `accessToken` (and, when `rotate`, a new refresh token). */
  grant(refreshToken: string, accessToken: string, options?: { rotate?: boolean }): void;
  /** The form bodies of the refresh requests, with the platform they were addressed to. */
  refreshes: Array<{ platform: TokenPlatform; form: URLSearchParams; authorization?: string }>;
}

const PATHS: Record<string, TokenPlatform> = {
  "/2/oauth2/token": "x",
  "/token": "google_reviews",
  "/oauth/v2/accessToken": "linkedin",
};

/**
 * The three documented refresh_token endpoints on one local server (point `x_oauth`, `google_oauth` and
 * `linkedin_oauth` at its baseUrl):
 * - X `POST /2/oauth2/token`: a confidential client authenticates with Basic client_id:client_secret; the
 *   refresh token rotates (the old one stops working); errors `{error: "invalid_request", error_description}`.
 * - Google `POST /token`: client_id and client_secret in the form; `{access_token, expires_in, scope, token_type}`;
 *   errors 400 `{error: "invalid_grant"}`.
 * - LinkedIn `POST /oauth/v2/accessToken`: client_id and client_secret in the form; `{access_token, expires_in,
 *   refresh_token, refresh_token_expires_in}`; errors 400/401 `{error, error_description}`.
 * Every refresh token is single-use when it rotates; an unknown one is refused.
 */
export async function startOAuthTokenFake(options: { clients?: Record<string, string> } = {}): Promise<OAuthTokenFake> {
  const clients = options.clients ?? { "client-1": "client-secret-1" };
  const grants = new Map<string, { accessToken: string; rotate: boolean }>();
  const refreshes: OAuthTokenFake["refreshes"] = [];
  let rotated = 1;
  const refuse = (platform: TokenPlatform, status = 400) => ({
    status,
    body: { error: platform === "x" ? "invalid_request" : "invalid_grant", error_description: "Value passed for the token was invalid." },
  });
  const fake = await startFakeHttpServer({
    errorBody: (status) => ({ error: status === 429 ? "rate_limited" : "server_error", error_description: "fake error" }),
    handle(req: FakeRequest) {
      const platform = PATHS[req.path];
      if (req.method !== "POST" || !platform) return { status: 404, body: { error: "not_found" } };
      if (!/^application\/x-www-form-urlencoded/.test(String(req.headers["content-type"] ?? ""))) return refuse(platform);
      const form = new URLSearchParams(req.body);
      refreshes.push({ platform, form, authorization: req.headers.authorization });
      if (form.get("grant_type") !== "refresh_token") return refuse(platform);
      if (!clientAuthenticated(platform, form, req.headers.authorization, clients)) return refuse(platform, 401);
      const grant = grants.get(form.get("refresh_token") ?? "");
      if (!grant) return refuse(platform);
      const answer: Record<string, unknown> = { access_token: grant.accessToken, expires_in: platform === "google_reviews" ? 3599 : 7200 };
      if (platform === "x") Object.assign(answer, { token_type: "bearer", scope: "tweet.read users.read offline.access" });
      if (platform === "google_reviews") Object.assign(answer, { token_type: "Bearer", scope: "https://www.googleapis.com/auth/business.manage" });
      if (grant.rotate) {
        grants.delete(form.get("refresh_token")!);
        const next = `rotated-${rotated++}`;
        grants.set(next, grant);
        answer.refresh_token = next;
        if (platform === "linkedin") answer.refresh_token_expires_in = 31_536_000;
      }
      return { status: 200, body: answer };
    },
  });
  return Object.assign(fake, {
    refreshes,
    grant: (refreshToken: string, accessToken: string, o: { rotate?: boolean } = {}) => {
      grants.set(refreshToken, { accessToken, rotate: o.rotate ?? false });
    },
  });
}

function clientAuthenticated(platform: TokenPlatform, form: URLSearchParams, authorization: string | undefined, clients: Record<string, string>): boolean {
  if (platform === "x" && authorization?.startsWith("Basic ")) {
    const [id, secret] = Buffer.from(authorization.slice(6), "base64").toString().split(":");
    return clients[id] === secret;
  }
  const id = form.get("client_id") ?? "";
  return id in clients && clients[id] === form.get("client_secret");
}
