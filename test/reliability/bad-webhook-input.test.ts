import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { recordFigure, seededDataDir, startServer, type RunningServer } from "./helpers/server.ts";
import { storeAt } from "./helpers/store.ts";
import { census } from "./helpers/store-census.ts";
import { rawRequest } from "./helpers/raw-request.ts";
import { pathOf, signFor, snsEnvelope, uid, validBody, type WebhookName } from "./helpers/platform-deliveries.ts";

/**
 * Bad input on every inbound route of the real server: each case is refused with 400/401/413
 * (415 for the JSON form's wrong content type), nothing is stored, and the server stays up.
 */
const MARK = `BADIN${randomBytes(4).toString("hex")}`;
const SIGNED: WebhookName[] = ["meta", "x", "twilio", "linkedin"];

interface Case {
  webhook: WebhookName;
  label: string;
  body: string | Uint8Array;
  headers: Record<string, string>;
  expect: number[];
}

const deep = (n: number) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;
const badUtf8 = (prefix: string) => Buffer.concat([Buffer.from(prefix), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('"}')]);
const JSON_WEBHOOKS = new Set<WebhookName>(["meta", "x", "linkedin"]);

function casesFor(port: number): Case[] {
  const out: Case[] = [];
  const text = (label: string) => `${MARK} ${label} can I book for Friday?`;
  for (const w of SIGNED) {
    const body = validBody(w, text("unsigned"), MARK);
    const signed = signFor(w, body, port);
    const sigHeader = Object.keys(signed).find((k) => k !== "content-type")!;
    const add = (label: string, b: string | Uint8Array, headers: Record<string, string>, expected: number[]) =>
      out.push({ webhook: w, label, body: b, headers, expect: expected });
    add("unsigned", body, { "content-type": signed["content-type"]! }, [401]);
    add("wrongly signed (another secret's signature shape)", body, { ...signed, [sigHeader]: w === "meta" || w === "x" ? `sha256=${"A".repeat(43)}=` : "0".repeat(64) }, [401]);
    add("garbage signature", body, { ...signed, [sigHeader]: `sha256=!!${"%".repeat(500)}` }, [401]);
    // Replayed with a change: the signature of one body on another body.
    const tampered = validBody(w, text("tampered"), MARK);
    add("signature of another body", tampered, signed, [401]);
    const malformed = `{"object": "page", "entry": [${MARK}`;
    add("malformed JSON, signed", malformed, signFor(w, malformed, port), [400]);
    const wrongType = { ...signFor(w, body, port), "content-type": JSON_WEBHOOKS.has(w) ? "text/plain" : "application/json" };
    add("wrong content type, signed", body, wrongType, [400]);
    add("empty, signed", "", signFor(w, "", port), [400]);
    const big = validBody(w, text("oversized") + "x".repeat(300_000), MARK);
    add("oversized (300 KB), signed", big, signFor(w, big, port), [413]);
    const nested = w === "twilio" ? `Body=${MARK}&a=${"[".repeat(100_000)}` : deep(40_000);
    add("deeply nested (40,000 levels), signed", nested, signFor(w, nested, port), [400]);
    const arrays = w === "twilio" ? `${"x[]=1&".repeat(30_000)}Body=${MARK}` : `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    add("100,000 nested arrays / 30,000 repeated keys, signed", arrays, signFor(w, arrays, port), [400]);
    const invalid = badUtf8(w === "twilio" ? `Body=${MARK}` : `{"object":"page","text":"${MARK}`);
    add("invalid UTF-8, signed", invalid, signFor(w, invalid, port), [400]);
    const huge = validBody(w, text("huge") + "y".repeat(200_000), MARK);
    add("huge text (200,000 characters), signed", huge, signFor(w, huge, port), [400]);
    const hugeAuthor =
      w === "twilio"
        ? validBody(w, text("huge author"), MARK).replace(/From=[^&]*/, `From=%2B1${"9".repeat(5_000)}`)
        : validBody(w, text("huge author"), `${MARK}${"z".repeat(5_000)}`);
    add("huge author id (5,000 characters), signed", hugeAuthor, signFor(w, hugeAuthor, port), [400]);
    const emoji = validBody(w, text("emoji") + "😀".repeat(40_000), MARK);
    add("80,000 UTF-16 units of emoji, signed", emoji, signFor(w, emoji, port), [400, 413]);
  }
  // SNS (email): signed by AWS's certificate, which a test cannot hold; the signed Timestamp stops replays.
  const email = (label: string, envelope: unknown, expected: number[], headers: Record<string, string> = { "content-type": "text/plain; charset=UTF-8" }) =>
    out.push({ webhook: "email", label, body: typeof envelope === "string" ? envelope : JSON.stringify(envelope), headers, expect: expected });
  const hour = 3_600_000;
  const id = uid();
  const { Signature: _s, ...unsigned } = snsEnvelope(text("sns"), MARK, id);
  email("unsigned", unsigned, [400, 401]);
  email("replayed with a stale Timestamp (2 hours old)", snsEnvelope(text("stale"), MARK, uid(), new Date(Date.now() - 2 * hour).toISOString()), [401]);
  email("replayed with a stale Timestamp (1 year old)", snsEnvelope(text("stale"), MARK, uid(), new Date(Date.now() - 365 * 24 * hour).toISOString()), [401]);
  email("from the future (1 hour ahead)", snsEnvelope(text("future"), MARK, uid(), new Date(Date.now() + hour).toISOString()), [401]);
  email("certificate off AWS's host", { ...snsEnvelope(text("cert"), MARK, uid()), SigningCertURL: "https://evil.example/cert.pem" }, [401]);
  email("certificate over http", { ...snsEnvelope(text("cert"), MARK, uid()), SigningCertURL: "http://sns.us-east-1.amazonaws.com/cert.pem" }, [401]);
  email("wrongly signed", snsEnvelope(text("wrong"), MARK, uid()), [401]);
  email("malformed JSON", `{"Type":"Notification","Message":"${MARK}`, [400]);
  email("empty", "", [400]);
  email("oversized (300 KB)", snsEnvelope(text("big") + "x".repeat(300_000), MARK, uid()), [413]);
  email("deeply nested", deep(40_000), [400]);
  email("invalid UTF-8", badUtf8(`{"Type":"Notification","Message":"${MARK}`), [400]);
  email("not an SNS type", { ...snsEnvelope(text("type"), MARK, uid()), Type: "Other" }, [400]);
  // The public website form: no signature; CORS, shape and size are its checks.
  const form = (label: string, body: string | Uint8Array, expected: number[], headers: Record<string, string> = { "content-type": "application/json" }) =>
    out.push({ webhook: "form", label, body, headers, expect: expected });
  form("malformed JSON", `{"name":"${MARK}","question":`, [400]);
  form("wrong content type", JSON.stringify({ name: MARK, question: text("form") }), [400, 415], { "content-type": "text/plain" });
  form("form-encoded", `name=${MARK}&question=hello`, [400, 415], { "content-type": "application/x-www-form-urlencoded" });
  form("empty", "", [400]);
  form("oversized (300 KB)", JSON.stringify({ name: MARK, question: "x".repeat(300_000) }), [413]);
  form("deeply nested", deep(40_000), [400]);
  form("invalid UTF-8", badUtf8(`{"name":"${MARK}","question":"`), [400]);
  form("huge question (6,000 characters)", JSON.stringify({ name: MARK, question: `${text("q")}${"q".repeat(6_000)}` }), [400]);
  form("wrong types", JSON.stringify({ name: [MARK], question: { $gt: "" } }), [400]);
  form("from another site's origin", JSON.stringify({ name: MARK, question: text("cors") }), [403], { "content-type": "application/json", origin: "https://evil.example" });
  return out;
}

describe("bad input on every webhook and the public form", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ dataDir: seededDataDir(inject("templateDir"), "bad-input") });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("a correctly signed delivery on each route is stored (the refusals below are not the harness failing)", async () => {
    const store = storeAt(server.storeEndpoint);
    const mark = `GOOD${randomBytes(4).toString("hex")}`;
    for (const w of ["meta", "x", "twilio", "linkedin", "form"] as WebhookName[]) {
      const body = validBody(w, `${mark} ${w} can I book for Friday?`, mark);
      const res = await rawRequest(server.baseUrl, "POST", pathOf(w), { headers: signFor(w, body, server.port), body });
      expect(res.status, `${w}: ${res.text}`).toBeLessThan(300);
    }
    expect((await census(store, [mark])).marked).toBeGreaterThanOrEqual(5);
  });

  it("every bad delivery is refused with 400/401/413, nothing is stored and the server stays up", async () => {
    const store = storeAt(server.storeEndpoint);
    const before = await census(store, [MARK]);
    expect(before.marked).toBe(0);
    const cases = casesFor(server.port);
    const wrong: string[] = [];
    const statuses: Record<string, number> = {};
    for (const c of cases) {
      const res = await rawRequest(server.baseUrl, "POST", pathOf(c.webhook), { headers: c.headers, body: c.body, timeoutMs: 20_000 }).catch(
        (e: Error) => ({ status: 0, text: e.message }),
      );
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (!c.expect.includes(res.status)) wrong.push(`${c.webhook} ${c.label}: ${res.status} ${res.text.slice(0, 120)}`);
      // No answer echoes what was sent.
      if (res.text.includes(MARK)) wrong.push(`${c.webhook} ${c.label}: the answer echoes the input`);
    }
    expect(wrong).toEqual([]);
    const after = await census(store, [MARK]);
    expect(after.marked).toBe(0);
    expect(after.messages).toBe(before.messages);
    expect(after.platformIds).toBe(before.platformIds);
    expect(after.conversations).toBe(before.conversations);
    const health = await rawRequest(server.baseUrl, "GET", "/health");
    expect(health.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    recordFigure("bad-input.cases", { cases: cases.length, statuses, stored: after.marked });
  });
});
