import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, apiRequest, toQuery } from "./http";

type Call = { url: string; init: RequestInit };
function stubFetch(res: () => Response | Promise<Response>) {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return res();
  });
  return calls;
}
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());

describe("apiRequest", () => {
  it("sends same-origin cookies and no CSRF header on GET", async () => {
    const calls = stubFetch(() => json(200, { ok: true }));
    await apiRequest("/api/auth/me");
    expect(calls[0]!.init.credentials).toBe("same-origin");
    expect((calls[0]!.init.headers as Record<string, string>)["x-bedside-csrf"]).toBeUndefined();
  });

  it("sends the CSRF header and a JSON body on POST", async () => {
    const calls = stubFetch(() => new Response(null, { status: 204 }));
    await apiRequest("/api/auth/logout", { method: "POST", body: { a: 1 } });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers["x-bedside-csrf"]).toBe("1");
    expect(headers["content-type"]).toBe("application/json");
    expect(calls[0]!.init.body).toBe('{"a":1}');
  });

  it("turns an error body into an ApiError with the server's message", async () => {
    stubFetch(() => json(401, { code: "unauthorized", message: "Sign in first" }));
    await expect(apiRequest("/api/auth/me")).rejects.toMatchObject({ status: 401, code: "unauthorized", message: "Sign in first" });
  });

  it("explains a 429 without a body", async () => {
    stubFetch(() => new Response("", { status: 429 }));
    await expect(apiRequest("/api/auth/login", { method: "POST" })).rejects.toMatchObject({ status: 429, code: "throttled" });
  });

  it("reports an unreachable server as status 0", async () => {
    stubFetch(() => Promise.reject(new TypeError("fetch failed")));
    const error = await apiRequest("/api/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: "network" });
  });
});

describe("toQuery", () => {
  it("leaves out empty values", () => expect(toQuery({ a: "1", b: undefined, c: null, d: "", e: 50 })).toBe("?a=1&e=50"));
  it("is empty when nothing is set", () => expect(toQuery({ a: undefined })).toBe(""));
});
