import { describe, expect, it } from "vitest";
import { disconnectChannel } from "../channel/disconnect-channel.ts";
import { systemActor } from "../context.ts";
import type { InboundMessage } from "../platform/inbound-message.ts";
import { makeChannel, makePractice, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { routeAndIngest } from "./route-and-ingest.ts";

const message = (accountId: string, n: string): InboundMessage => ({
  platform: "sms",
  accountId,
  kind: "sms",
  platformMessageId: `SM${uniqueId()}${n}`,
  threadKey: `+1555${n.padStart(7, "0")}`,
  author: { platformId: `+1555${n.padStart(7, "0")}` },
  text: "what are your hours on saturday",
  sentAt: new Date().toISOString(),
  action: "created",
});

describe("routeAndIngest with the account route remembered", () => {
  it("a channel disconnected after a delivery routes nothing more, and the account's new owner gets the next message", async () => {
    const deps = testDeps();
    const account = `+1555${uniqueId().replace(/\D/g, "").slice(0, 7).padEnd(7, "0")}`;
    const first = await makePractice(deps, "First");
    const channel = await makeChannel(deps, first.practice.id, "sms", account);

    const [stored] = await routeAndIngest(deps, [message(account, "1")]);
    expect(stored).toMatchObject({ status: "stored", practiceId: first.practice.id });

    await disconnectChannel({ ...deps, actor: systemActor(first.practice.id) }, channel.id);
    const [afterDisconnect] = await routeAndIngest(deps, [message(account, "2")]);
    expect(afterDisconnect.status).toBe("unrouted");

    const second = await makePractice(deps, "Second");
    await makeChannel(deps, second.practice.id, "sms", account);
    const [moved] = await routeAndIngest(deps, [message(account, "3")]);
    expect(moved).toMatchObject({ status: "stored", practiceId: second.practice.id });
  });

  it("a redelivery of a routed message is a duplicate, however often it comes", async () => {
    const deps = testDeps();
    const account = `+1666${uniqueId().replace(/\D/g, "").slice(0, 7).padEnd(7, "0")}`;
    const { practice } = await makePractice(deps);
    await makeChannel(deps, practice.id, "sms", account);
    const m = message(account, "7");
    const outcomes = await Promise.all([routeAndIngest(deps, [m]), routeAndIngest(deps, [m]), routeAndIngest(deps, [m])]);
    expect(outcomes.flat().filter((o) => o.status === "stored")).toHaveLength(1);
    expect((await routeAndIngest(deps, [m]))[0].status).toBe("duplicate");
  });
});
