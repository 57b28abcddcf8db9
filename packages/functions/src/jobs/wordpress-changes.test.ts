import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectChannel } from "@bedside/core/channel/connect-channel";
import { systemActor } from "@bedside/core/context";
import { startWordPressFake, wordPressComment, type WordPressFake } from "../../../../test/fakes/wordpress-fake.ts";
import { makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { messagesOf, openConversations } from "../../../../test/helpers/webhook-helpers.ts";
import { pollerRegistry } from "./poller-registry.ts";
import { runPollers } from "./run-pollers.ts";

let site: WordPressFake;
beforeAll(async () => {
  site = await startWordPressFake();
});
afterAll(() => site.close());

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString().slice(0, 19);

describe("WordPress edits and deletions reach the stored messages", () => {
  it("an edit on the site updates the message's text; a trashed comment is marked deleted", async () => {
    const deps = testDeps();
    const { practice } = await makePractice(deps);
    await connectChannel({ ...deps, actor: systemActor(practice.id, "test") }, {
      platform: "blog",
      accountId: site.baseUrl,
      displayName: "Blog",
      credentials: { username: "editor", applicationPassword: "abcd efgh" },
    });
    const entries = pollerRegistry().filter((e) => e.platform === "blog").map((e) => ({ ...e, applies: (c: { practiceId: string }) => c.practiceId === practice.id }));
    const round = () => runPollers(deps, {}, { entries });
    site.comments.push(wordPressComment(site.baseUrl, 1, { post: 5, text: "Can I bring my son to the flu clinic?", dateGmt: minutesAgo(30) }));
    site.comments.push(wordPressComment(site.baseUrl, 2, { post: 5, text: "Great post", dateGmt: minutesAgo(20) }));
    expect((await round()).stored).toBe(2);

    site.comments[0] = wordPressComment(site.baseUrl, 1, { post: 5, text: "Can I bring my son and daughter to the flu clinic?", dateGmt: site.comments[0].date_gmt as string });
    site.comments[1].status = "trash";
    expect(await round()).toMatchObject({ errors: 0, stored: 0 });

    const [conversation] = await openConversations(deps, practice.id);
    const messages = await messagesOf(deps, practice.id, conversation.id as string);
    const first = messages.find((m) => m.platformMessageId === `${site.baseUrl}#comment-1`)!;
    const second = messages.find((m) => m.platformMessageId === `${site.baseUrl}#comment-2`)!;
    expect(first).toMatchObject({ text: "Can I bring my son and daughter to the flu clinic?", edited: true });
    expect(second).toMatchObject({ deleted: true });
  });
});
