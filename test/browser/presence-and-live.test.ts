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

// The inbox and the thread poll every 10 s and presence every 4 s; allow two rounds.
const LIVE = { timeout: 25_000 };

describe("two people on one conversation", () => {
  it("see each other viewing and editing the draft, share internal notes, and see each other's changes without a reload", async () => {
    const cnv = await s.receive("Is the flu shot safe during pregnancy? My sister is due in March");
    const staff = await openPage(browser, s.baseUrl);
    const physician = await openPage(browser, s.baseUrl);
    await Promise.all([signIn(staff.page, s.users.staff.email), signIn(physician.page, s.users.physician.email)]);

    await staff.page.goto(`/inbox/${cnv}`);
    await physician.page.goto(`/inbox/${cnv}`);
    const staffSees = staff.page.getByRole("status", { name: "Also on this conversation" });
    const physicianSees = physician.page.getByRole("status", { name: "Also on this conversation" });
    await staffSees.getByText("physician person is viewing").waitFor(LIVE);
    await physicianSees.getByText("staff person is viewing").waitFor(LIVE);

    // Putting the cursor in the reply is "editing the draft" for everyone else.
    await physician.page.getByLabel("Reply text").focus();
    await staffSees.getByText("physician person is editing the draft").waitFor(LIVE);
    expect(await seriousAxeViolations(staff.page)).toEqual([]);

    // An internal note from staff reaches the physician's open page, and is in the history.
    const note = "Called her back: she is seeing her OB on Friday.";
    await staff.page.getByLabel("Internal note for the team (never sent)").fill(note);
    await staff.page.getByRole("button", { name: "Add note" }).click();
    await staff.page.getByRole("article", { name: "Internal note by staff person" }).getByText(note).waitFor();
    await staff.page.locator(".history").getByText("Internal note added").waitFor();
    await physician.page.getByRole("article", { name: "Internal note by staff person" }).getByText(note).waitFor(LIVE);
    await screenshot(staff.page, "conversation-presence-notes", "conversation-presence");

    // The physician leaves: staff stop seeing them at once (the page says goodbye).
    await physician.page.getByRole("link", { name: "Inbox" }).first().click();
    await physician.page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    await expect.poll(() => staffSees.getByText("physician person").count(), LIVE).toBe(0);

    // The physician's inbox shows staff's change (assigned to staff) and a new message, without a reload.
    const row = physician.page.locator(`a.row[href="/inbox/${cnv}"]`);
    await row.waitFor();
    expect(await row.textContent()).not.toContain("Assigned");
    await staff.page.locator("body").press("a");
    await staff.page.getByText("Assigned to: you").waitFor();
    await row.getByText("Assigned").waitFor(LIVE);
    const fresh = await s.receive("Do you have evening appointments this week?");
    await physician.page.locator(`a.row[href="/inbox/${fresh}"]`).waitFor(LIVE);

    expect([...staff.errors, ...physician.errors]).toEqual([]);
    await Promise.all([staff.close(), physician.close()]);
  }, 120_000);
});
