import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, openPage, screenshot, seriousAxeViolations, signIn } from "./browser-page.ts";
import { type BrowserServer, startBrowserServer } from "./browser-server.ts";

let s: BrowserServer;
let browser: Browser;
beforeAll(async () => {
  [s, browser] = await Promise.all([startBrowserServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

const SCRIPT = `<script>alert("xss-1")</script>`;
const IMG = `<img src=x onerror="alert('xss-2')">`;
const LINK = `[see this](javascript:alert('xss-3')) javascript:alert('xss-4')`;
const RTL = "\u202Egnp.exe\u202C and \u2066isolated\u2069";
// 25,000 four-byte emoji: 100 KB of UTF-8.
const EMOJI = "\u{1F600}".repeat(25_000);

describe("hostile message text is shown as text and never runs", () => {
  it("renders <script>, event handlers, javascript: links, RTL overrides and 100 KB of emoji inertly", async () => {
    const cnv = await s.receive(`${SCRIPT} ${IMG} ${LINK} ${RTL} ${EMOJI}`);
    const staff = await openPage(browser, s.baseUrl);
    await signIn(staff.page, s.users.staff.email);
    await staff.page.locator(`a.row[href="/inbox/${cnv}"]`).getByText(SCRIPT, { exact: false }).waitFor();
    await screenshot(staff.page, "hostile-inbox");

    await staff.page.goto(`/inbox/${cnv}`);
    const text = staff.page.locator(".message-text").first();
    await text.waitFor();
    const shown = (await text.textContent())!;
    for (const part of [SCRIPT, IMG, "javascript:alert('xss-4')", "\u202Egnp.exe\u202C"]) expect(shown).toContain(part);
    expect(shown).toContain("\u{1F600}".repeat(100));
    await screenshot(staff.page, "hostile-conversation");

    const dom = await staff.page.evaluate(() => ({
      inlineScripts: document.querySelectorAll("script:not([src])").length,
      images: document.querySelectorAll("img").length,
      jsLinks: [...document.querySelectorAll("a")].filter((a) => a.href.trim().toLowerCase().startsWith("javascript:")).length,
    }));
    expect(dom).toEqual({ inlineScripts: 0, images: 0, jsLinks: 0 });
    // axe-core is injected as a script tag of its own, so it runs after the DOM count above.
    expect(await seriousAxeViolations(staff.page)).toEqual([]);
    // Give any deferred handler a moment to fire before asserting none did.
    await staff.page.waitForTimeout(300);
    expect(staff.dialogs).toEqual([]);
    expect(staff.errors).toEqual([]);
    await staff.close();
  }, 60_000);
});
