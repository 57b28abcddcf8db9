import { describe, expect, it } from "vitest";
import vectors from "./fixtures/vectors.json" with { type: "json" };
import { answerMetaHandshake } from "./meta-handshake.ts";

const { params, verify_token, expected } = vectors.verification_handshake;

describe("answerMetaHandshake", () => {
  it("echoes the challenge of the docs' sample verification request", () => {
    expect(answerMetaHandshake(params, verify_token)).toEqual({ ok: true, challenge: expected });
  });

  it.each([
    ["refuses a wrong verify token", { ...params, "hub.verify_token": "meatyhamhocK" }],
    ["refuses a verify token of another length", { ...params, "hub.verify_token": "meaty" }],
    ["refuses a mode other than subscribe", { ...params, "hub.mode": "unsubscribe" }],
    ["refuses a missing challenge", { "hub.mode": "subscribe", "hub.verify_token": verify_token }],
    ["refuses a missing token", { "hub.mode": "subscribe", "hub.challenge": "1" }],
  ])("%s", (_rule, query) => {
    expect(answerMetaHandshake(query, verify_token)).toEqual({ ok: false });
  });

  it("refuses everything when no verify token is configured", () => {
    expect(answerMetaHandshake({ ...params, "hub.verify_token": "" }, "")).toEqual({ ok: false });
  });

  it("accepts PHP-style underscored keys", () => {
    const query = { hub_mode: "subscribe", hub_verify_token: verify_token, hub_challenge: "42" };
    expect(answerMetaHandshake(query, verify_token)).toEqual({ ok: true, challenge: "42" });
  });
});
