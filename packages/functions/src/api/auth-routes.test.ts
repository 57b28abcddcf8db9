import { describe, expect, it } from "vitest";
import { makePractice, signInAs, testApp, testDeps, TEST_PASSWORD } from "../../../../test/helpers/test-practice.ts";

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

describe("sign-in", () => {
  it("answers a token and the user, and sets an HttpOnly SameSite session cookie", async () => {
    const { users, practice } = await makePractice();
    const app = testApp();
    const res = await app.request("/api/auth/login", json({ email: users.staff.email, password: TEST_PASSWORD }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; user: { role: string; practice: { id: string } } };
    expect(body.token).toMatch(/\./);
    expect(body.user.role).toBe("staff");
    expect(body.user.practice.id).toBe(practice.id);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/bedside_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it("gives the same 401 for an unknown email and a wrong password", async () => {
    const { users } = await makePractice();
    const app = testApp();
    const wrong = await app.request("/api/auth/login", json({ email: users.staff.email, password: "nope-nope-nope" }, { "x-forwarded-for": "10.1.1.1" }));
    const unknown = await app.request("/api/auth/login", json({ email: "nobody@nowhere.test", password: "nope-nope-nope" }, { "x-forwarded-for": "10.1.1.2" }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("throttles repeated failures on one account, even with the right password afterwards", async () => {
    const { users } = await makePractice();
    const app = testApp();
    for (let i = 0; i < 5; i++) {
      const res = await app.request("/api/auth/login", json({ email: users.admin.email, password: `bad-${i}-password` }, { "x-forwarded-for": `10.2.0.${i}` }));
      expect(res.status).toBe(401);
    }
    const res = await app.request("/api/auth/login", json({ email: users.admin.email, password: TEST_PASSWORD }, { "x-forwarded-for": "10.2.0.99" }));
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeTruthy();
  });

  it("accepts the bearer token or the cookie, and a cookie session needs the CSRF header to change state", async () => {
    const { users } = await makePractice();
    const app = testApp();
    const login = await app.request("/api/auth/login", json({ email: users.physician.email, password: TEST_PASSWORD }));
    const { token } = (await login.json()) as { token: string };
    const cookie = `bedside_session=${token}`;
    expect((await app.request("/api/auth/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await app.request("/api/auth/me", { headers: { cookie } })).status).toBe(200);
    expect((await app.request("/api/auth/logout", { method: "POST", headers: { cookie } })).status).toBe(403);
    expect((await app.request("/api/auth/logout", { method: "POST", headers: { cookie, "x-bedside-csrf": "1" } })).status).toBe(204);
  });

  it("refuses API routes without a session, and a tampered token", async () => {
    const app = testApp();
    expect((await app.request("/api/conversations")).status).toBe(401);
    const { users } = await makePractice();
    const { token } = await signInAs(app, users.staff.email);
    const tampered = token.slice(0, -2) + (token.endsWith("A") ? "BB" : "AA");
    expect((await app.request("/api/conversations", { headers: { authorization: `Bearer ${tampered}` } })).status).toBe(401);
  });

  it("rejects a malformed body with 400 and an oversized one with 413", async () => {
    const app = testApp();
    const bad = await app.request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(bad.status).toBe(400);
    const big = await app.request("/api/auth/login", json({ email: "a@b.test", password: "x".repeat(400_000) }));
    expect(big.status).toBe(413);
  });

  it("stores only a slow salted hash of the password", async () => {
    const deps = testDeps();
    const { users, practice } = await makePractice(deps);
    const { getUserRecord } = await import("../../../core/src/membership/get-user.ts");
    const record = await getUserRecord(deps, practice.id, users.staff.id);
    expect(record?.passwordHash).toMatch(/^scrypt\$32768\$/);
    expect(record?.passwordHash).not.toContain(TEST_PASSWORD);
  });
});
