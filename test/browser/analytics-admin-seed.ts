import { DEMO_ARTICLES } from "../../packages/core/src/article/demo-articles.ts";
import { recordChannelHealth } from "../../packages/core/src/channel/record-channel-health.ts";
import type { ChannelRecord } from "../../packages/core/src/channel/channel.ts";
import { systemActor, type Ctx } from "../../packages/core/src/context.ts";
import { createDraft } from "../../packages/core/src/draft/create-draft.ts";
import { decideDraft } from "../../packages/core/src/draft/decide-draft.ts";
import { submitDraft } from "../../packages/core/src/draft/submit-draft.ts";
import { ingestMessages } from "../../packages/core/src/ingest/ingest-messages.ts";
import type { Platform } from "../../packages/core/src/platform/platform.ts";
import { PracticeSettings } from "../../packages/core/src/practice/practice.ts";
import { updateSettings } from "../../packages/core/src/practice/update-settings.ts";
import { sendDraft } from "../../packages/core/src/reply/send-draft.ts";
import { DEMO_PRACTICES } from "../../packages/functions/src/seed/demo-practices.ts";
import { seedConversations } from "../../packages/functions/src/seed/seed-conversations.ts";
import { makeChannel } from "../helpers/test-practice.ts";
import { uniqueId } from "../helpers/webhook-helpers.ts";
import type { BrowserServer } from "./browser-server.ts";

/**
 * Makes the browser server's fresh practice look like the Riverside demo: its settings, a channel
 * per platform, the demo articles and conversations (through the real ingest, so the day
 * aggregates are kept as in production), one draft taken through approval with edits and sent,
 * and one channel whose credentials the platform refused.
 */
export async function seedDemoLike(s: BrowserServer) {
  const demo = DEMO_PRACTICES[0];
  const practiceId = s.practice.id;
  const system: Ctx = { ...s.deps, actor: systemActor(practiceId, "seed") };
  const as = (role: "staff" | "physician"): Ctx => ({ ...s.deps, actor: { userId: s.users[role].id, practiceId, role } });
  await updateSettings(system, { version: 1, name: s.practice.name, settings: PracticeSettings.parse(demo.settings) });
  const channels = new Map<Platform, ChannelRecord>();
  for (const platform of new Set(demo.conversations.map((c) => c.platform).concat(["google_reviews"]))) {
    channels.set(platform, await makeChannel(s.deps, practiceId, platform));
  }
  await Promise.all(DEMO_ARTICLES.map(({ slug: _slug, ...article }) => s.addArticle(article)));
  // Four threads of ingest at once (each conversation is its own thread, so they never meet).
  const now = new Date();
  const lanes = [0, 1, 2, 3].map((lane) => demo.conversations.filter((_, i) => i % 4 === lane));
  await Promise.all(lanes.map((lane) => seedConversations(s.deps, system, lane, async (p) => channels.get(p)!, now)));

  // An education question: drafted (with a demo article), edited by the physician, sent.
  const sms = channels.get("sms")!;
  const [out] = await ingestMessages(s.deps, sms, [
    { platform: "sms", accountId: sms.accountId, kind: "sms", platformMessageId: `m-${uniqueId()}`, threadKey: `t-${uniqueId()}`, author: { handle: "+15550104444" }, text: "Is the flu shot safe for kids?", sentAt: new Date(Date.now() - 3 * 3_600_000).toISOString(), action: "created" },
  ]);
  const cnv = out.conversationId!;
  const draft = (await createDraft(as("staff"), cnv))!;
  const submitted = await submitDraft(as("staff"), cnv, draft.id, { version: draft.version });
  await decideDraft(as("physician"), cnv, draft.id, { decision: "approve", version: submitted.version, text: `${draft.text} (Edited by the physician.)` });
  await sendDraft(system, () => ({ sendReply: async () => ({ platformReplyId: `r-${uniqueId()}` }) }), { conversationId: cnv, draftId: draft.id });

  const reviews = channels.get("google_reviews")!;
  await recordChannelHealth(s.deps, { practiceId, id: reviews.id }, { kind: "error", at: new Date().toISOString(), error: "Google answered 401 (UNAUTHENTICATED)", credentialsFailing: true });
  const inbound = demo.conversations.reduce((n, c) => n + c.messages.length, 0) + 1;
  return { inbound, reviews };
}
