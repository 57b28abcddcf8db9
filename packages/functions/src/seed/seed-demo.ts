import type { Deps } from "@bedside/core/context";
import { systemActor } from "@bedside/core/context";
import { connectChannel } from "@bedside/core/channel/connect-channel";
import { findChannelByAccount } from "@bedside/core/channel/find-channel";
import { createUser } from "@bedside/core/membership/create-user";
import { createPractice } from "@bedside/core/practice/create-practice";
import { findPracticeBySlug } from "@bedside/core/practice/get-practice";
import type { Platform } from "@bedside/core/platform/platform";
import { DEMO_PRACTICES, type DemoPractice } from "./demo-practices.ts";
import { seedConversations } from "./seed-conversations.ts";
import { createArticle } from "@bedside/core/article/article-store";
import { DEMO_ARTICLES } from "@bedside/core/article/demo-articles";

export const DEMO_PASSWORD = "bedside-demo";
export const DEMO_LOGINS = DEMO_PRACTICES.flatMap((p) =>
  (["staff", "physician", "admin"] as const).map((role) => `${role}@${p.slug}.test  (${role}, ${p.name})`),
);

/** The account id a demo channel uses on each platform (fictional). */
export function demoAccountId(slug: string, platform: Platform): string {
  const ids: Record<Platform, string> = {
    x: `${slug}-x-1001`,
    facebook: `${slug}-page-2002`,
    instagram: `${slug}-ig-3003`,
    linkedin: `urn:li:organization:${slug}4004`,
    google_reviews: `accounts/${slug}/locations/5005`,
    blog: `https://${slug}.example`,
    web_form: `${slug}`,
    email: `hello@${slug}.example`,
    sms: slug === "riverside" ? "+15555550100" : "+15555550200",
  };
  return ids[platform];
}

async function seedPractice(deps: Deps, demo: DemoPractice, now: Date): Promise<void> {
  const practice = await createPractice(deps, { slug: demo.slug, name: demo.name, settings: demo.settings });
  const ctx = { ...deps, actor: systemActor(practice.id, "seed") };
  for (const role of ["staff", "physician", "admin"] as const) {
    await createUser(ctx, { email: `${role}@${demo.slug}.test`, name: demo.people[role], role, password: DEMO_PASSWORD });
  }
  for (const platform of demo.platforms) {
    await connectChannel(ctx, {
      platform,
      accountId: demoAccountId(demo.slug, platform),
      displayName: `${demo.name} on ${platform}`,
      settings: { demo: true },
    });
  }
  for (const { slug: _slug, ...article } of DEMO_ARTICLES) {
    await createArticle(ctx, { ...article, url: article.url.replace("riverside.example", `${demo.slug}.example`) });
  }
  const channelFor = async (platform: Platform) => {
    const channel = await findChannelByAccount(deps, platform, demoAccountId(demo.slug, platform));
    if (!channel) throw new Error(`demo channel for ${platform} missing`);
    return channel;
  };
  await seedConversations(deps, ctx, demo.conversations, channelFor, now);
}

/** Seeds the demo practices unless they exist. Refuses in production. */
export async function seedIfEmpty(deps: Deps, now = new Date()): Promise<boolean> {
  if (process.env.NODE_ENV === "production") return false;
  if (await findPracticeBySlug(deps, DEMO_PRACTICES[0].slug)) return false;
  for (const demo of DEMO_PRACTICES) await seedPractice(deps, demo, now);
  return true;
}
