import { describe, expect, it } from "vitest";
import { testApp } from "../../../../test/helpers/test-practice.ts";

const bad = Buffer.concat([Buffer.from('{"name":"Ana","question":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')]);

describe("strictUtf8", () => {
  it("refuses an API body that is not UTF-8 with 400, before any route reads it", async () => {
    const app = testApp();
    const res = await app.request("/api/public/practices/riverside/questions", { method: "POST", headers: { "content-type": "application/json" }, body: bad });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: "invalid", message: "The body is not valid UTF-8" });
  });

  it("leaves a valid body readable by the route (a wrong password is still 401, not 400)", async () => {
    const res = await testApp().request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "10.9.9.9" },
      body: JSON.stringify({ email: "nobody-ñ@example.com", password: "wrong" }),
    });
    expect(res.status).toBe(401);
  });
});
