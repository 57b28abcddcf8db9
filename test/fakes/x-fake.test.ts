import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startXFake, type XFake } from "./x-fake.ts";

let fake: XFake;
beforeAll(async () => {
  fake = await startXFake({
    posts: Array.from({ length: 12 }, (_, i) => ({ id: String(100 + i), text: `hello #clinic ${i}`, author_id: "9", mentions: ["1"] })),
    users: [{ id: "9", username: "someone" }],
  });
});
afterAll(() => fake.close());

const get = async (path: string) => (await fetch(fake.baseUrl + path, { headers: { authorization: "Bearer t" } })).json();

describe("startXFake", () => {
  it("pages mentions newest first after since_id, with includes.users", async () => {
    const first = await get("/2/users/1/mentions?since_id=102&max_results=5");
    expect(first.data.map((p: { id: string }) => p.id)).toEqual(["111", "110", "109", "108", "107"]);
    expect(first.includes.users).toEqual([{ id: "9", username: "someone" }]);
    const second = await get(`/2/users/1/mentions?since_id=102&max_results=5&pagination_token=${first.meta.next_token}`);
    expect(second.data.map((p: { id: string }) => p.id)).toEqual(["106", "105", "104", "103"]);
    expect(second.meta.next_token).toBeUndefined();
  });

  it("answers an empty page with result_count 0 and searches recent posts by term", async () => {
    expect(await get("/2/users/1/mentions?since_id=111")).toEqual({ meta: { result_count: 0 } });
    expect((await get("/2/tweets/search/recent?query=" + encodeURIComponent("(#clinic) -is:retweet"))).meta.result_count).toBe(10);
  });

  it("rate limits with x-rate-limit-reset", async () => {
    fake.rateLimitNext(1, 30);
    const res = await fetch(fake.baseUrl + "/2/users/1/mentions", { headers: { authorization: "Bearer t" } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("x-rate-limit-reset"))).toBeGreaterThan(Date.now() / 1000);
  });
});
