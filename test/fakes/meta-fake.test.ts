import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMetaFake, type MetaFake } from "./meta-fake.ts";

let fake: MetaFake;
beforeAll(async () => { fake = await startMetaFake(); });
afterAll(() => fake.close());

const post = (path: string, body: unknown, token = "t") =>
  fetch(fake.baseUrl + path, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

describe("startMetaFake", () => {
  it("answers like Graph: an id, a 190 without a token, a Graph error for unknown paths", async () => {
    expect(await (await post("/C1/comments", { message: "hi" })).json()).toEqual({ id: expect.stringMatching(/^C1_/) });
    const noToken = await post("/C1/comments", { message: "hi" }, "");
    expect([noToken.status, (await noToken.json()).error.code]).toEqual([400, 190]);
    expect((await post("/C1/likes", {})).status).toBe(404);
  });

  it("knobs apply to the next n calls only, in order", async () => {
    fake.reset();
    fake.failNext(1, 500);
    fake.rateLimitNext(1, 613);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const res = await post("/P/messages", { recipient: { id: "U" }, message: { text: "hi" } });
      statuses.push([res.status, (await res.json()).error?.code]);
    }
    expect(statuses).toEqual([[500, 2], [400, 613], [200, undefined]]);
    expect(fake.posted).toHaveLength(1);
    expect(fake.calls).toHaveLength(3);
  });
});
