import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeAndIngest } from "@bedside/core/ingest/route-and-ingest";
import { startTwilioFake } from "../../../../test/fakes/twilio-fake.ts";
import type { FakeServer } from "../../../../test/fakes/fake-http-server.ts";
import { makeChannel, makePractice, signInAs, testApp, testConfig, testDeps } from "../../../../test/helpers/test-practice.ts";
import { uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { createAppHooks } from "./app-hooks.ts";

let twilio: FakeServer;
beforeAll(async () => {
  twilio = await startTwilioFake();
});
afterAll(() => twilio.close());

async function setup(onCallContact: string) {
  const deps = testDeps();
  const p = await makePractice(deps);
  await deps.store.doc.send(new UpdateCommand({ TableName: deps.store.tableName, Key: { pk: `P#${p.practice.id}`, sk: "PRACTICE" }, UpdateExpression: "SET settings.onCallContact = :c", ExpressionAttributeValues: { ":c": onCallContact } }));
  const number = `+1555${uniqueId().slice(0, 7)}`;
  const channel = await makeChannel(deps, p.practice.id, "sms", number);
  await deps.store.doc.send(new UpdateCommand({ TableName: deps.store.tableName, Key: { pk: `P#${p.practice.id}`, sk: `CHANNEL#${channel.id}` }, UpdateExpression: "SET credentials = :c", ExpressionAttributeValues: { ":c": { accountSid: "AC_test", authToken: "token_test" } } }));
  const hooks = createAppHooks(deps, testConfig({ platformBaseUrls: { twilio: twilio.baseUrl } }));
  const receive = async (text: string) => {
    const outcomes = await routeAndIngest(deps, [{ platform: "sms", accountId: number, kind: "sms", platformMessageId: `SM${uniqueId()}`, threadKey: `sms:+1555${uniqueId().slice(0, 7)}`, author: { handle: "+15550001111" }, text, sentAt: new Date().toISOString(), action: "created" }]);
    await hooks.afterIngest!(p.practice.id, outcomes);
    return outcomes[0].conversationId!;
  };
  return { ...p, deps, receive };
}

describe("after a message is stored", () => {
  it("an urgent message alerts the on-call contact at once by SMS, naming no one and quoting nothing", async () => {
    const onCall = `+1555${uniqueId().slice(0, 7)}`;
    const s = await setup(onCall);
    const text = "I took a whole bottle of my sleeping pills about 20 minutes ago";
    const cnv = await s.receive(text);
    const alert = twilio.posted.map((r) => new URLSearchParams(r.body)).find((f) => f.get("To") === onCall);
    expect(alert?.get("Body")).toContain(`/inbox/${cnv}`);
    expect(alert?.get("Body")).not.toContain("pills");
    const app = testApp(s.deps);
    const { auth } = await signInAs(app, s.users.staff.email);
    const history = (await (await app.request(`/api/conversations/${cnv}/history`, { headers: auth })).json()) as { items: Array<{ action: string }> };
    expect(history.items.map((e) => e.action)).toContain("alert.sent");
  });

  it("a message that is not urgent alerts no one", async () => {
    const onCall = `+1555${uniqueId().slice(0, 7)}`;
    const s = await setup(onCall);
    await s.receive("What are your hours on Friday?");
    expect(twilio.posted.map((r) => new URLSearchParams(r.body).get("To"))).not.toContain(onCall);
  });

  it("staff change the category: audited, the engine's answer kept beside it, the reply re-drafted; a stale version is 409", async () => {
    const s = await setup("");
    const cnv = await s.receive("Is it true that vaccines cause autism?");
    const app = testApp(s.deps);
    const { auth } = await signInAs(app, s.users.staff.email);
    const before = (await (await app.request(`/api/conversations/${cnv}`, { headers: auth })).json()) as { conversation: { version: number; category: string }; drafts: Array<{ category: string }> };
    expect(before.conversation.category).toBe("education");
    const patch = (body: unknown) => app.request(`/api/conversations/${cnv}`, { method: "PATCH", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify(body) });
    const changed = await patch({ version: before.conversation.version, category: "other" });
    expect(changed.status).toBe(200);
    expect((await changed.json()).conversation).toMatchObject({ category: "other", engineCategory: "education" });
    const after = (await (await app.request(`/api/conversations/${cnv}`, { headers: auth })).json()) as { drafts: unknown[] };
    expect(after.drafts).toEqual([]);
    const stale = await patch({ version: before.conversation.version, status: "done" });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current.category).toBe("other");
    const history = (await (await app.request(`/api/conversations/${cnv}/history`, { headers: auth })).json()) as { items: Array<{ action: string; meta: Record<string, string> | null }> };
    expect(history.items.find((e) => e.action === "conversation.category_changed")?.meta).toMatchObject({ from: "education", to: "other", engine: "education" });
  });
});
