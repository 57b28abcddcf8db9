import { describe, expect, it } from "vitest";
import { extractPlainText } from "./mime-text.ts";

const alternative = [
  "From: a@example.com",
  'Content-Type: multipart/alternative; boundary="b1"',
  "",
  "preamble",
  "--b1",
  "Content-Type: text/plain; charset=UTF-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "Caf=C3=A9 at ten, see you=",
  " then.",
  "--b1",
  "Content-Type: text/html; charset=UTF-8",
  "",
  "<p>Café</p>",
  "--b1--",
  "",
].join("\r\n");

const mixed = [
  'Content-Type: multipart/mixed; boundary="outer"',
  "",
  "--outer",
  'Content-Type: multipart/alternative; boundary="inner"',
  "",
  "--inner",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: base64",
  "",
  Buffer.from("Hello from base64").toString("base64"),
  "--inner--",
  "--outer",
  "Content-Type: application/pdf",
  "",
  "JVBERi0=",
  "--outer--",
].join("\r\n");

describe("extractPlainText", () => {
  it.each([
    ["a single 7bit part", "Content-Type: text/plain\r\n\r\nHello\r\n", "Hello"],
    ["a message without Content-Type is text/plain", "Subject: x\r\n\r\nPlain", "Plain"],
    ["quoted-printable inside multipart/alternative, soft breaks joined", alternative, "Café at ten, see you then."],
    ["base64 text inside alternative inside mixed", mixed, "Hello from base64"],
    ["latin-1 quoted-printable", "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nna=EFve", "naïve"],
  ])("reads %s", (_rule, raw, text) => {
    expect(extractPlainText(raw)).toBe(text);
  });

  it.each([
    ["HTML-only mail", "Content-Type: text/html\r\n\r\n<p>Hi</p>"],
    ["a multipart without a boundary", "Content-Type: multipart/alternative\r\n\r\n--x\r\n"],
  ])("gives up on %s", (_rule, raw) => {
    expect(extractPlainText(raw)).toBeUndefined();
  });
});
