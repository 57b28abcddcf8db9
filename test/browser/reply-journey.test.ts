import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, openPage, PHONE, screenshot, seriousAxeViolations, signIn } from "./browser-page.ts";
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

const RISKY = "We checked your chart: your last flu shot was fine.";
const SAFE =
  "No: the flu shot has no live virus, so it cannot give you the flu. Read more: https://example.org/flu For advice about your own health, talk to your clinician.";

describe("an education question goes from the inbox to a sent reply", () => {
  it("staff edit the draft until it is safe and submit it; a physician approves on a phone; the reply is sent", async () => {
    await s.addArticle({ title: "Flu shots: the facts", summary: "The flu shot cannot give you the flu: it contains no live virus. A sore arm for a day or two is common.", url: "https://example.org/flu", topics: ["flu", "flu shot", "vaccine", "influenza"], language: "en" });
    await s.receive("Thanks for the reminder about the clinic hours, very helpful!");
    const cnv = await s.receive("Does the flu shot give you the flu? asking because everyone at work says so");

    const staff = await openPage(browser, s.baseUrl);
    await signIn(staff.page, s.users.staff.email);
    const row = staff.page.locator(`a[href="/inbox/${cnv}"]`);
    await row.waitFor();
    expect(await seriousAxeViolations(staff.page)).toEqual([]);
    await screenshot(staff.page, "inbox");

    await row.click();
    const reply = staff.page.getByLabel("Reply text");
    await reply.waitFor();
    await expect.poll(() => reply.inputValue()).toContain("https://example.org/flu");
    const submit = staff.page.getByRole("button", { name: "Submit for physician approval" });
    await submit.waitFor();

    // A risky edit is underlined at its span, with its explanation, before anything is saved.
    await reply.fill(RISKY);
    const mark = staff.page.locator("mark.violation").first();
    await mark.waitFor();
    expect(RISKY).toContain((await mark.textContent())!);
    await staff.page.getByText("Confirms someone is a patient").first().waitFor();
    expect(await seriousAxeViolations(staff.page)).toEqual([]);
    await screenshot(staff.page, "conversation-unsafe", "conversation");

    await reply.fill(SAFE);
    await staff.page.getByText("No safety problems found").waitFor();
    expect(await staff.page.locator("mark.violation").count()).toBe(0);
    await submit.click();
    await staff.page.getByText("Waiting for approval by a physician").waitFor();
    await screenshot(staff.page, "conversation-submitted");

    const physician = await openPage(browser, s.baseUrl, PHONE);
    await signIn(physician.page, s.users.physician.email);
    await physician.page.getByRole("link", { name: "Approvals" }).click();
    const card = physician.page.locator("article.approval").filter({ hasText: "flu shot give you the flu" });
    await card.waitFor();
    await card.getByText(SAFE).waitFor();
    expect(await seriousAxeViolations(physician.page)).toEqual([]);
    expect(await physician.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(physician.page, "approvals-phone", "approvals-phone");
    await card.getByRole("button", { name: "Approve", exact: true }).click();
    await physician.page.getByText("No drafts waiting for your approval").waitFor();

    expect(await s.sendDue()).toMatchObject({ sent: 1 });
    expect(new URLSearchParams(s.twilio.posted.at(-1)!.body).get("Body")).toBe(SAFE);

    await staff.page.reload();
    await staff.page.getByText("Reply sent").waitFor();
    await staff.page.locator(".facts").getByText("Done", { exact: true }).waitFor();
    await staff.page.getByText("Reply approved", { exact: true }).waitFor();
    expect(await seriousAxeViolations(staff.page)).toEqual([]);
    await screenshot(staff.page, "conversation-sent");
    expect([...staff.dialogs, ...physician.dialogs]).toEqual([]);
    expect([...staff.errors, ...physician.errors]).toEqual([]);
    await Promise.all([staff.close(), physician.close()]);
  }, 90_000);
});
