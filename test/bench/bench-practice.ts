/**
 * A practice of the bench's own, made by the product's verbs (createPractice, createUser,
 * connectChannel), and a session for it obtained through the API, as the dashboard gets one.
 */
import { randomBytes } from "node:crypto";
import { connectChannel } from "../../packages/core/src/channel/connect-channel.ts";
import { findChannelByAccount } from "../../packages/core/src/channel/find-channel.ts";
import type { ChannelRecord } from "../../packages/core/src/channel/channel.ts";
import { systemActor, type Deps } from "../../packages/core/src/context.ts";
import { createUser } from "../../packages/core/src/membership/create-user.ts";
import { createPractice } from "../../packages/core/src/practice/create-practice.ts";
import type { Practice } from "../../packages/core/src/practice/practice.ts";

export const BENCH_PASSWORD = "bench-password-not-secret";

export interface BenchPractice {
  practice: Practice;
  channel: ChannelRecord;
  pageId: string;
  /** A staff member (the inbox) and an admin (analytics needs physician or admin). */
  email: string;
  adminEmail: string;
}

export async function makeBenchPractice(deps: Deps, label: string): Promise<BenchPractice> {
  const slug = `bench-${label}-${randomBytes(3).toString("hex")}`;
  const practice = await createPractice(deps, { slug, name: `Bench ${label}` });
  const ctx = { ...deps, actor: systemActor(practice.id, "bench") };
  const email = `staff@${slug}.test`;
  const adminEmail = `admin@${slug}.test`;
  await createUser(ctx, { email, name: "Bench staff", role: "staff", password: BENCH_PASSWORD });
  await createUser(ctx, { email: adminEmail, name: "Bench admin", role: "admin", password: BENCH_PASSWORD });
  const pageId = String(1_000_000_000 + Math.floor(Math.random() * 8_000_000_000));
  await connectChannel(ctx, { platform: "facebook", accountId: pageId, displayName: `Bench ${label} Page` });
  const channel = await findChannelByAccount(deps, "facebook", pageId);
  if (!channel) throw new Error("the bench channel was not connected");
  return { practice, channel, pageId, email, adminEmail };
}

export interface Session {
  token: string;
  cookie: { name: string; value: string };
  headers: Record<string, string>;
}

/** Signs in through POST /api/auth/login; returns the bearer token and the session cookie. */
export async function signIn(baseUrl: string, email: string): Promise<Session> {
  const login = () =>
    fetch(`${baseUrl}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: BENCH_PASSWORD }),
    });
  // A pooled keep-alive connection the server closed while idle (e.g. during a long bulk load)
  // fails with "fetch failed" when reused; a sign-in is safe to send again on a new one.
  const res = await login().catch(async (error: Error) => {
    if (error.message !== "fetch failed") throw error;
    await new Promise((r) => setTimeout(r, 200));
    return login();
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
  const body = (await res.json()) as { token: string };
  const setCookie = res.headers.get("set-cookie") ?? "";
  const [pair] = setCookie.split(";");
  const [name, value] = pair.split("=");
  return { token: body.token, cookie: { name, value }, headers: { authorization: `Bearer ${body.token}` } };
}
