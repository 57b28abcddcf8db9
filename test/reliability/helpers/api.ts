import { DEMO_PASSWORD } from "./server.ts";

export interface Session {
  token: string;
  cookie: string;
  user: { id: string; role: string; practice: { id: string; slug: string } };
  auth: Record<string, string>;
}

/** Signs in through the real API (bearer token and cookie both returned). */
export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${email} failed: ${res.status}`);
  const body = (await res.json()) as { token: string; user: Session["user"] };
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  return { token: body.token, cookie, user: body.user, auth: { authorization: `Bearer ${body.token}` } };
}

export async function api(baseUrl: string, session: Session | null, method: string, path: string, body?: unknown) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(session?.auth ?? {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, json, headers: res.headers };
}

/** Connects a Facebook Page channel as the practice admin; returns its id. */
export async function connectPage(baseUrl: string, admin: Session, pageId: string, credentials?: Record<string, string>): Promise<string> {
  const res = await api(baseUrl, admin, "POST", "/api/channels", { platform: "facebook", accountId: pageId, displayName: "Reliability Page", credentials });
  if (res.status !== 201) throw new Error(`connect failed: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json.channel.id as string;
}
