import { randomBytes } from "node:crypto";
import { connectChannel } from "../../packages/core/src/channel/connect-channel.ts";
import { findChannelByAccount } from "../../packages/core/src/channel/find-channel.ts";
import { systemActor, type Deps } from "../../packages/core/src/context.ts";
import { newId } from "../../packages/core/src/ids/new-id.ts";
import { createUser } from "../../packages/core/src/membership/create-user.ts";
import type { Role } from "../../packages/core/src/membership/role.ts";
import { createPractice } from "../../packages/core/src/practice/create-practice.ts";
import type { Platform } from "../../packages/core/src/platform/platform.ts";
import { createApp } from "../../packages/functions/src/app.ts";
import { configFromEnv, type AppConfig } from "../../packages/functions/src/config.ts";
import { testStore } from "./test-store.ts";

export const TEST_PASSWORD = "correct horse battery";

export function testDeps(): Deps {
  return { store: testStore(), clock: () => new Date(), newId };
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return configFromEnv({}, {
    sessionKey: "test-session-key",
    secrets: {
      metaAppSecret: "meta-secret",
      metaVerifyToken: "meta-verify",
      xConsumerSecret: "x-secret",
      twilioAuthToken: "twilio-token",
      linkedinClientSecret: "linkedin-secret",
    },
    publicUrl: "http://localhost:3000",
    ...overrides,
  });
}

/** A fresh practice with one user per role; every test makes its own so tests run in any order. */
export async function makePractice(deps: Deps = testDeps(), name = "Test Practice") {
  const slug = `t-${randomBytes(5).toString("hex")}`;
  const practice = await createPractice(deps, { slug, name });
  const ctx = { ...deps, actor: systemActor(practice.id, "test") };
  const users = {} as Record<Role, { id: string; email: string }>;
  for (const role of ["staff", "physician", "admin"] as const) {
    const email = `${role}@${slug}.test`;
    const user = await createUser(ctx, { email, name: `${role} person`, role, password: TEST_PASSWORD });
    users[role] = { id: user.id, email };
  }
  return { practice, slug, users, ctx, deps };
}

export async function makeChannel(deps: Deps, practiceId: string, platform: Platform, accountId = `${platform}-${randomBytes(4).toString("hex")}`) {
  await connectChannel({ ...deps, actor: systemActor(practiceId, "test") }, { platform, accountId, displayName: `${platform} test` });
  const channel = await findChannelByAccount(deps, platform, accountId);
  if (!channel) throw new Error("channel missing");
  return channel;
}

export function testApp(deps: Deps = testDeps(), config = testConfig()) {
  return createApp({ deps, config });
}

export async function signInAs(app: ReturnType<typeof testApp>, email: string, password = TEST_PASSWORD) {
  const res = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const body = (await res.json()) as { token: string };
  return { token: body.token, auth: { authorization: `Bearer ${body.token}` } };
}
