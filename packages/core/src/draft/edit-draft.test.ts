import { describe, expect, it } from "vitest";
import type { Ctx } from "../context.ts";
import { ingestMessages } from "../ingest/ingest-messages.ts";
import { makeChannel, makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { createDraft } from "./create-draft.ts";
import { NO_ARTICLE } from "./default-templates.ts";
import { editDraft } from "./edit-draft.ts";
import { submitDraft } from "./submit-draft.ts";

describe("editDraft on a draft that found no article", () => {
  it("keeps it unsubmittable while the physician note is in the text, and submittable once staff write the answer", async () => {
    const p = await makePractice(testDeps());
    const channel = await makeChannel(p.deps, p.practice.id, "sms", `+1555${uniqueId().slice(0, 7)}`);
    const [outcome] = await ingestMessages(p.deps, channel, [
      { platform: "sms", accountId: channel.accountId, kind: "sms", platformMessageId: uniqueId(), threadKey: uniqueId(), author: { handle: "+15555550123" }, text: "At what age should women start getting mammograms?", sentAt: new Date().toISOString(), action: "created" },
    ]);
    const cnv = outcome!.conversationId!;
    const staff: Ctx = { ...p.deps, actor: { userId: p.users.staff.id, practiceId: p.practice.id, role: "staff" } };
    const draft = (await createDraft(staff, cnv))!;
    expect(draft.needsArticle).toBe(true);
    expect(draft.text).toContain(NO_ARTICLE.en);

    const tweaked = await editDraft(staff, cnv, draft.id, { version: draft.version, text: `Thanks for asking! ${draft.text}` });
    expect(tweaked.needsArticle).toBe(true);
    await expect(submitDraft(staff, cnv, draft.id, { version: tweaked.version })).rejects.toMatchObject({ code: "invalid" });

    const answered = await editDraft(staff, cnv, draft.id, { version: tweaked.version, text: "Most guidelines suggest starting screening mammograms between 40 and 50. For advice about your own health, talk to your clinician." });
    expect(answered.needsArticle).toBe(false);
    expect((await submitDraft(staff, cnv, draft.id, { version: answered.version })).status).toBe("submitted");
  });
});
