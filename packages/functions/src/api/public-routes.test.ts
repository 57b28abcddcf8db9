import { describe, expect, it } from "vitest";
import { connectChannel } from "@bedside/core/channel/connect-channel";
import { systemActor } from "@bedside/core/context";
import { makePractice, testApp, testDeps } from "../../../../test/helpers/test-practice.ts";
import { messagesOf, openConversations, uniqueId } from "../../../../test/helpers/webhook-helpers.ts";
import { embedSnippet } from "./embed-snippet.ts";

const SITE = "https://www.riverside-clinic.example";
const OTHER = "https://partner.example";

async function setup(options: { webForm?: boolean; blog?: boolean } = {}) {
  const deps = testDeps();
  const p = await makePractice(deps);
  const ctx = { ...deps, actor: systemActor(p.practice.id, "test") };
  if (options.blog !== false) await connectChannel(ctx, { platform: "blog", accountId: `${SITE}/${uniqueId()}`, displayName: "Blog" });
  if (options.webForm !== false) {
    await connectChannel(ctx, { platform: "web_form", accountId: `form-${p.slug}`, displayName: "Website form", settings: { allowedOrigins: [OTHER] } });
  }
  const app = testApp(deps);
  const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
  const ask = (body: unknown, headers: Record<string, string> = {}) =>
    app.request(`/api/public/practices/${p.slug}/questions`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: SITE, "x-forwarded-for": `${ip}-${uniqueId()}`, ...headers },
      body: JSON.stringify(body),
    });
  return { ...p, deps, app, ask, ip };
}

const question = { name: "Ana", contact: "ana@example.com", question: "Do you offer evening appointments?" };

describe("POST /api/public/practices/:slug/questions", () => {
  it("stores a question without a session on the practice's web form channel, one conversation per submission", async () => {
    const { ask, deps, practice } = await setup();
    const res = await ask(question);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ received: true });
    expect(res.headers.get("access-control-allow-origin")).toBe(SITE);
    expect((await ask({ name: "Ben", question: "Is parking free?" })).status).toBe(202);
    const conversations = await openConversations(deps, practice.id);
    expect(conversations).toHaveLength(2);
    const mine = conversations.find((c) => c.authorName === "Ana")!;
    expect(mine).toMatchObject({ platform: "web_form", kind: "form_submission", authorHandle: "ana@example.com" });
    const [message] = await messagesOf(deps, practice.id, mine.id as string);
    expect(message).toMatchObject({ text: question.question, kind: "form_submission" });
    expect(message.platformMessageId).toMatch(/^frm_/);
  });

  it("a filled honeypot answers 202 as if accepted and stores nothing", async () => {
    const { ask, deps, practice } = await setup();
    const res = await ask({ ...question, website: "http://spam.example" });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ received: true });
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("rate-limits one client to 5 questions per 10 minutes", async () => {
    const { ask, deps, practice } = await setup();
    const from = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250)}, 10.0.0.1` };
    for (let i = 0; i < 5; i++) expect((await ask({ ...question, question: `Question ${i}` }, from)).status).toBe(202);
    const refused = await ask(question, from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await openConversations(deps, practice.id)).toHaveLength(5);
    expect((await ask(question)).status).toBe(202);
  });

  it("CORS: the practice's blog site and allowedOrigins are let in; another origin is refused and nothing stored", async () => {
    const { app, slug, ask, deps, practice } = await setup();
    const preflight = (origin: string) =>
      app.request(`/api/public/practices/${slug}/questions`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
    const ok = await preflight(SITE);
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe(SITE);
    expect(ok.headers.get("access-control-allow-methods")).toContain("POST");
    expect(ok.headers.get("access-control-allow-headers")).toContain("content-type");
    expect((await preflight(OTHER)).headers.get("access-control-allow-origin")).toBe(OTHER);
    const evil = await preflight("https://evil.example");
    expect(evil.status).toBe(403);
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    expect((await ask(question, { origin: "https://evil.example" })).status).toBe(403);
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("a practice without a connected web form channel is 404 with a clear message, and nothing is created", async () => {
    const { ask, deps, practice } = await setup({ webForm: false });
    const res = await ask(question);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { message: string }).message).toMatch(/question form/);
    expect(await openConversations(deps, practice.id)).toHaveLength(0);
  });

  it("an unknown practice is 404", async () => {
    const { app } = await setup();
    const res = await app.request("/api/public/practices/no-such-practice-x/questions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(question),
    });
    expect(res.status).toBe(404);
  });

  it.each([
    ["no name", { question: "Hi?" }],
    ["an empty question", { name: "Ana", question: "   " }],
    ["a contact that is neither email nor phone", { ...question, contact: "call me maybe" }],
    ["a question that is too long", { name: "Ana", question: "x".repeat(5001) }],
  ])("%s is 400 and echoes nothing", async (_rule, body) => {
    const { ask } = await setup();
    const res = await ask(body);
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain("call me maybe");
  });
});

describe("GET /api/public/practices/:slug/embed.js", () => {
  it("serves a self-contained script that posts to this practice's endpoint, without eval or innerHTML", async () => {
    const { app, slug } = await setup();
    const res = await app.request(`/api/public/practices/${slug}/embed.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
    const script = await res.text();
    expect(script).toContain(JSON.stringify(`http://localhost:3000/api/public/practices/${slug}/questions`));
    expect(script).toContain("[data-bedside-form]");
    expect(script).toContain('"aria-live": "polite"');
    expect(script).not.toMatch(/\beval\(|innerHTML|new Function/);
    expect(() => new Function(script)).not.toThrow();
    expect((await app.request("/api/public/practices/no-such-practice-x/embed.js")).status).toBe(404);
  });

  it("the paste-in snippet points at the script", () => {
    expect(embedSnippet("https://bedside.example/", "riverside")).toBe(
      '<div data-bedside-form></div>\n<script src="https://bedside.example/api/public/practices/riverside/embed.js" async></script>',
    );
  });
});
