import { describe, expect, it } from "vitest";
import { testApp } from "../../../../test/helpers/test-practice.ts";
import { apiRouter } from "./api-router.ts";
import { testConfig, testDeps } from "../../../../test/helpers/test-practice.ts";

/** Every handler under /api is in /api/openapi.json, so the authorization matrix (test/reliability) reaches it. */
describe("/api/openapi.json", () => {
  it("lists every route the API router serves", () => {
    const api = apiRouter({ deps: testDeps(), config: testConfig() }, () => "test");
    const doc = api.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "t", version: "1" } });
    const documented = new Set(
      Object.entries(doc.paths ?? {}).flatMap(([path, ops]) => Object.keys(ops ?? {}).map((m) => `${m.toUpperCase()} ${path}`)),
    );
    const served = api.routes
      .filter((r) => r.method !== "ALL" && r.path !== "/openapi.json")
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, "{$1}")}`);
    expect(served.length).toBeGreaterThan(20);
    expect([...new Set(served)].filter((route) => !documented.has(route))).toEqual([]);
  });

  it("is served to a signed-in user only", async () => {
    expect((await testApp().request("/api/openapi.json")).status).toBe(401);
  });
});
