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

describe("the inbox pins urgent messages and clears the rest in bulk", () => {
  it("an urgent message is pinned with an alert and answered at once with the emergency template", async () => {
    const [hours, thanks] = await Promise.all([
      s.receive("What time do you open on Saturdays?"),
      s.receive("Thank you all for the lovely care last week, the front desk was wonderful"),
    ]);
    const urgent = await s.receive("my husband's face is drooping and he can't lift his arm, started 10 min ago");
    // A fuller inbox for the README screenshot: an education question, a personal one, one in Spanish.
    await Promise.all([
      s.receive("Does the flu shot give you the flu? asking for my office"),
      s.receive("Did my cholesterol results from last week come back? I haven't heard anything"),
      s.receive("¿Tienen citas disponibles el sábado por la mañana?"),
    ]);

    const staff = await openPage(browser, s.baseUrl);
    await signIn(staff.page, s.users.staff.email);
    const banner = staff.page.locator(".urgent-banner");
    await banner.getByText("1 urgent conversation").waitFor();
    await staff.page.locator(`a.row[href="/inbox/${hours}"]`).waitFor();
    expect(await staff.page.locator('[data-index="0"] a.row').getAttribute("href")).toBe(`/inbox/${urgent}`);
    expect(await seriousAxeViolations(staff.page)).toEqual([]);
    await screenshot(staff.page, "inbox-urgent", "inbox");

    // Bulk: select the two others by checkbox and assign them to me; the assignee filter then shows just those.
    await staff.page.locator(`li:has(a.row[href="/inbox/${hours}"]) input[type=checkbox]`).check();
    await staff.page.locator(`li:has(a.row[href="/inbox/${thanks}"]) input[type=checkbox]`).check();
    await staff.page.getByRole("region", { name: "Bulk actions" }).getByText("2 selected").waitFor();
    expect(await seriousAxeViolations(staff.page)).toEqual([]);
    await screenshot(staff.page, "inbox-bulk");
    await staff.page.getByRole("button", { name: "Assign to me" }).click();
    await staff.page.getByText("Assigned to you: 2 conversations updated.").waitFor();
    await staff.page.getByLabel("Assignee").selectOption("me");
    await staff.page.waitForURL(/assignee=me/);
    await expect.poll(() => staff.page.locator("a.row").count()).toBe(2);

    await staff.page.getByLabel("Assignee").selectOption("");
    await banner.getByRole("link", { name: "Show urgent" }).click();
    await staff.page.waitForURL(/category=urgent/);
    await staff.page.locator(`a.row[href="/inbox/${urgent}"]`).click();
    await staff.page.getByText("Possible emergency.").waitFor();
    await expect.poll(() => staff.page.getByLabel("Reply text").inputValue()).toMatch(/911/);
    expect(await seriousAxeViolations(staff.page)).toEqual([]);
    await screenshot(staff.page, "conversation-urgent");
    await staff.page.getByRole("button", { name: "Send emergency guidance now" }).click();
    await staff.page.getByText("Approved. Sending…").waitFor();
    expect(await s.sendDue()).toMatchObject({ sent: 1 });
    await staff.page.reload();
    await staff.page.getByText("Reply sent").waitFor();
    expect(staff.dialogs).toEqual([]);
    expect(staff.errors).toEqual([]);
    await staff.close();
  }, 90_000);

  it("keyboard shortcuts triage a conversation, and a stale change says someone else changed it", async () => {
    const cnv = await s.receive("Do you take Medicaid? And is there parking nearby?");
    const staff = await openPage(browser, s.baseUrl);
    await signIn(staff.page, s.users.staff.email);
    await staff.page.goto(`/inbox/${cnv}`);
    await staff.page.getByLabel("Reply text").waitFor();
    await staff.page.locator("body").press("a");
    await staff.page.getByText("Assigned to: you").waitFor();
    await staff.page.locator("body").press("c");
    expect(await staff.page.evaluate(() => document.activeElement?.id)).toBe("triage-category");
    await staff.page.keyboard.press("Escape");
    await staff.page.locator("body").click({ position: { x: 5, y: 300 } });
    await staff.page.locator("body").press("r");
    expect(await staff.page.evaluate(() => document.activeElement?.id)).toBe("reply-text");

    // Someone else changes the conversation; this page's next change is refused and it refreshes.
    const other = await openPage(browser, s.baseUrl);
    await signIn(other.page, s.users.physician.email);
    const { conversation } = (await (await other.page.request.get(`/api/conversations/${cnv}`)).json()) as { conversation: { version: number } };
    const res = await other.page.request.patch(`/api/conversations/${cnv}`, {
      headers: { "x-bedside-csrf": "1" },
      data: { version: conversation.version, assigneeId: s.users.physician.id },
    });
    expect(res.status()).toBe(200);
    await staff.page.getByRole("button", { name: /Mark done/ }).click();
    await staff.page.getByText("changed by someone else").waitFor();
    await staff.page.getByText("Assigned to: physician person").waitFor();
    await Promise.all([staff.close(), other.close()]);
  }, 60_000);
});
