import { describe, expect, it } from "vitest";
import { makePractice, signInAs, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";

describe("GET /api/team", () => {
  it("gives every role the names of its own practice's users, and nothing more", async () => {
    const deps = testDeps();
    const [a, b] = await Promise.all([makePractice(deps), makePractice(deps)]);
    const app = testApp(deps);
    const { auth } = await signInAs(app, a.users.staff.email);
    const res = await app.request("/api/team", { headers: auth });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Array<Record<string, unknown>> };
    expect(items.map((u) => u.name)).toEqual(["admin person", "physician person", "staff person"]);
    expect(items.map((u) => u.id)).not.toContain(b.users.staff.id);
    expect(Object.keys(items[0]!).sort()).toEqual(["id", "name", "role"]);
    expect((await app.request("/api/team")).status).toBe(401);
  });
});
