import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
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

const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("href") ?? document.activeElement?.id ?? null);
const rowHref = (page: Page, i: number) => page.locator(`[data-index="${i}"] a.row`).getAttribute("href");

describe("the inbox by keyboard alone", () => {
  it("j/k move, Enter opens, e marks done, x selects, a assigns, c changes the category, ? lists the shortcuts", async () => {
    // Logistics questions, oldest waiting first: the open inbox lists them in this order.
    const ids: string[] = [];
    for (const text of ["What time do you open on Saturdays?", "Is there parking near the clinic?", "Do you take Blue Cross insurance?", "Are you open on Labor Day?"]) {
      ids.push(await s.receive(text));
    }
    const staff = await openPage(browser, s.baseUrl);
    await staff.page.goto("/login");
    await staff.page.getByRole("heading", { name: "Sign in", exact: false }).first().waitFor();
    expect(await seriousAxeViolations(staff.page)).toEqual([]);
    await screenshot(staff.page, "login");
    await signIn(staff.page, s.users.staff.email);
    const page = staff.page;
    await page.locator(`a.row[href="/inbox/${ids[3]}"]`).waitFor();
    expect(await rowHref(page, 0)).toBe(`/inbox/${ids[0]}`);

    await page.locator("body").press("j");
    await expect.poll(() => focusedHref(page)).toBe(`/inbox/${ids[0]}`);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await expect.poll(() => focusedHref(page)).toBe(`/inbox/${ids[2]}`);
    await page.keyboard.press("k");
    await expect.poll(() => focusedHref(page)).toBe(`/inbox/${ids[1]}`);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/inbox/${ids[1]}`);

    // In the conversation: e marks it done; the back link returns to the inbox, where it is gone.
    await page.getByLabel("Reply text").waitFor();
    await page.locator("body").press("e");
    await page.locator(".facts").getByText("Done", { exact: true }).waitFor();
    await page.locator("a.back").click();
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    await expect.poll(() => page.locator(`a.row[href="/inbox/${ids[1]}"]`).count()).toBe(0);

    // x selects the current row; a assigns the selection to me.
    await page.locator("body").press("j");
    await page.keyboard.press("x");
    await page.keyboard.press("j");
    await page.keyboard.press("x");
    const bulk = page.getByRole("region", { name: "Bulk actions" });
    await bulk.getByText("2 selected").waitFor();
    await page.keyboard.press("a");
    await page.getByText("Assigned to you: 2 conversations updated.").waitFor();
    await expect.poll(() => page.locator("a.row", { hasText: "Assigned to you" }).count()).toBe(2);

    // c on the current row (nothing selected now) selects it and opens the category choice.
    await page.locator("body").press("j");
    await page.keyboard.press("c");
    await bulk.getByText("1 selected").waitFor();
    await expect.poll(() => focusedHref(page)).toBe("bulk-category");
    await page.getByLabel("New category").selectOption("feedback");
    await bulk.getByRole("button", { name: "Apply" }).press("Enter");
    await page.getByText("Moved to Feedback: 1 conversation updated.").waitFor();

    // ? lists the shortcuts in a dialog that Escape closes.
    await page.locator("body").press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    for (const key of ["j", "k", "Enter", "e", "a", "c", "r", "?"]) await dialog.getByText(key, { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "inbox-shortcuts");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // Bulk mark done by keyboard: from the top, select all that is left with x, then e.
    const left = await page.locator("a.row").count();
    await page.locator("body").press("k");
    for (let i = 0; i < left; i++) await page.keyboard.press("k");
    for (let i = 0; i < left; i++) {
      if (i) await page.keyboard.press("j");
      await page.keyboard.press("x");
    }
    await bulk.getByText(`${left} selected`).waitFor();
    await page.keyboard.press("e");
    await page.getByText(`Marked done: ${left} ${left === 1 ? "conversation" : "conversations"} updated.`).waitFor();
    await page.getByText("All caught up").waitFor();
    expect(staff.errors).toEqual([]);
    await staff.close();
  }, 60_000);
});

describe("errors are explained, never a blank page", () => {
  it("an API failure on the inbox shows what went wrong and a retry that recovers; an unknown conversation says so", async () => {
    await s.receive("Can I reschedule my appointment to next week?");
    const staff = await openPage(browser, s.baseUrl);
    await signIn(staff.page, s.users.staff.email);
    const page = staff.page;
    await page.route("**/api/conversations?*", (route) =>
      route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ code: "store_unavailable", message: "The data store is not answering; try again shortly" }) }),
    );
    await page.getByLabel("Status").selectOption("all");
    const alert = page.getByRole("alert").filter({ hasText: "Couldn't load the inbox" });
    await alert.waitFor({ timeout: 15_000 });
    await alert.getByText("The data store is not answering; try again shortly").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "inbox-error");

    await page.unroute("**/api/conversations?*");
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.locator("a.row").first().waitFor();

    // A date range that holds nothing: the empty state says so, and the range is in the URL.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Last message from").fill(tomorrow);
    await page.waitForURL(new RegExp(`from=${tomorrow}`));
    await page.getByText("No conversations match these filters").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goBack();
    await page.locator("a.row").first().waitFor();

    await page.goto("/inbox/cnv_0000000000aaaaaaaaaaaaaaaa");
    await page.getByText("Conversation not found").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await staff.close();
  }, 60_000);
});
