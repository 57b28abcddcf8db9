import { describe, expect, it } from "vitest";
import { ingestMessages } from "../ingest/ingest-messages.ts";
import { makeChannel, makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { clearPresence } from "./clear-presence.ts";
import { listPresence } from "./list-presence.ts";

/** Found by the reliability authorization matrix: these answered an empty success for any id. */
describe("presence of a conversation that is not the caller's", () => {
  it("listing or leaving a made-up id, or another practice's conversation, is 404", async () => {
    const owner = await makePractice(testDeps());
    const channel = await makeChannel(owner.deps, owner.practice.id, "sms", `+1555${uniqueId().slice(0, 7)}`);
    const [outcome] = await ingestMessages(owner.deps, channel, [
      { platform: "sms", accountId: channel.accountId, kind: "sms", platformMessageId: uniqueId(), threadKey: uniqueId(), author: { handle: "+15555550123" }, text: "What are your hours?", sentAt: new Date().toISOString(), action: "created" },
    ]);
    const theirs = outcome!.conversationId!;
    const other = await makePractice(testDeps());
    const stranger = { ...other.deps, actor: { userId: other.users.staff.id, practiceId: other.practice.id, role: "staff" as const } };
    const ownerStaff = { ...owner.deps, actor: { userId: owner.users.staff.id, practiceId: owner.practice.id, role: "staff" as const } };
    for (const id of [theirs, "cnv_01aaaaaaaaaaaaaaaaaaaaaaaa"]) {
      await expect(listPresence(stranger, id)).rejects.toMatchObject({ code: "not_found" });
      await expect(clearPresence(stranger, id)).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await listPresence(ownerStaff, theirs)).toEqual([]);
    await expect(clearPresence(ownerStaff, theirs)).resolves.toBeUndefined();
  });
});
