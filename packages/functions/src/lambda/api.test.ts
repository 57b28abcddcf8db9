import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makePractice, testConfig, testDeps, TEST_PASSWORD } from "../../../../test/helpers/test-practice.ts";
import { apiHandlerFor } from "./api.ts";

// Events exactly as AWS documents them (copied from the API Gateway and Lambda developer guides).
// The Function URL sample's host is the docs' placeholder "<url-id>", which is not a valid host;
// a real event carries the URL id there, so it is filled in.
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8").replaceAll("<url-id>", "abcdefghij1234567890"));
const HTTP_API_V2 = "apigateway-http-api.payload-v2.0.event.json";
const FUNCTION_URL = "lambda-function-url.request.event.json";

type Result = { statusCode: number; body: string; headers: Record<string, string>; cookies?: string[]; isBase64Encoded: boolean };

function eventFor(name: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const event = fixture(name);
  event.rawPath = path;
  event.rawQueryString = "";
  delete event.queryStringParameters;
  event.requestContext.http.method = method;
  event.requestContext.http.path = path;
  event.headers = { ...headers, ...(body ? { "content-type": "application/json" } : {}) };
  event.cookies = [];
  event.body = body ? JSON.stringify(body) : undefined;
  event.isBase64Encoded = false;
  return event;
}

describe("the Lambda handler wraps the same Hono app", () => {
  const handler = apiHandlerFor({ deps: testDeps(), config: testConfig() });

  it("answers the documented HTTP API payload 2.0 event as it is (an unknown path is a JSON 404)", async () => {
    const res = (await handler(fixture(HTTP_API_V2), {} as never)) as Result;
    expect(res.statusCode).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ code: "not_found" });
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  it("answers the documented Function URL event as it is", async () => {
    const res = (await handler(fixture(FUNCTION_URL), {} as never)) as Result;
    expect(res.statusCode).toBe(404);
  });

  it("serves /health and signs in through an HTTP API event", async () => {
    const health = (await handler(eventFor(HTTP_API_V2, "GET", "/health"), {} as never)) as Result;
    expect(health.statusCode).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: "ok", store: "up" });
    const { users } = await makePractice();
    const login = (await handler(
      eventFor(HTTP_API_V2, "POST", "/api/auth/login", { email: users.staff.email, password: TEST_PASSWORD }),
      {} as never,
    )) as Result;
    expect(login.statusCode).toBe(200);
    expect((login.cookies ?? []).join(";") + (login.headers["set-cookie"] ?? "")).toContain("bedside_session=");
    const { token } = JSON.parse(login.body);
    const list = (await handler(eventFor(FUNCTION_URL, "GET", "/api/conversations", undefined, { authorization: `Bearer ${token}` }), {} as never)) as Result;
    expect(list.statusCode).toBe(200);
    expect(JSON.parse(list.body)).toEqual({ items: [], nextCursor: null });
  });
});
