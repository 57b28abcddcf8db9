import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../helpers/test-practice.ts";
import { seedDemoLike } from "./analytics-admin-seed.ts";
import { DESKTOP, launchChromium, openPage, PHONE, screenshot, seriousAxeViolations, signIn } from "./browser-page.ts";
import { type BrowserServer, startBrowserServer } from "./browser-server.ts";

let s: BrowserServer;
let browser: Browser;
let seeded: Awaited<ReturnType<typeof seedDemoLike>>;
beforeAll(async () => {
  [s, browser] = await Promise.all([startBrowserServer(), launchChromium()]);
  seeded = await seedDemoLike(s);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

/** The machine is shared: give pages time to load and lists time to settle. */
const SLOW = { timeout: 20_000 };
const CHARTS = ["volume-by-platform", "volume-by-category", "response-time", "response-time-trend", "approvals", "redirects", "emergency", "agreement", "topics", "hashtags", "articles"];

/** A page with more patience than the default 8 s: this file's pages are large and the machine is shared. */
async function open(viewport = DESKTOP) {
  const opened = await openPage(browser, s.baseUrl, viewport);
  opened.page.setDefaultTimeout(20_000);
  return opened;
}

/** Clicks a download link and returns the file's text (BOM included). */
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFileSync((await file.path())!, "utf8");
}

/** A CSV line split on commas outside quotes (enough for these headers and numbers). */
const cells = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, "")).slice(0, -1);

describe("analytics and administration in the browser (admin of a demo-like practice)", () => {
  it("every chart shows figures against the previous period, has a table view and a CSV a spreadsheet opens", async () => {
    const admin = await open();
    const page = admin.page;
    await signIn(page, s.users.admin.email);
    await page.getByRole("link", { name: "Analytics", exact: true }).click();
    // The first visit loads the analytics chunk (recharts) and the report.
    await page.getByRole("heading", { name: "Analytics", level: 1 }).waitFor({ timeout: 20_000 });
    const card = (id: string) => page.locator(`section[data-chart="${id}"]`);
    await card("articles").waitFor({ timeout: 20_000 });
    expect(await page.locator("section[data-chart]").evaluateAll((els) => els.map((e) => e.getAttribute("data-chart")))).toEqual(CHARTS);
    // The headline count is the number of inbound messages seeded (all within the last 30 days).
    expect(await card("volume-by-platform").locator(".kpi-value").first().textContent()).toBe(String(seeded.inbound));
    await expect.poll(() => page.locator(".chart-figure svg").count(), SLOW).toBeGreaterThanOrEqual(9);
    await page.getByText(/compared with/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "analytics", "analytics");

    for (const id of CHARTS) {
      const c = card(id);
      await c.getByRole("button", { name: /Show table/ }).click();
      await c.getByRole("button", { name: /Show chart/ }).waitFor();
      const headers = await c.locator("table thead th").allTextContents();
      const csv = await download(page, () => c.getByRole("link", { name: /Download CSV/ }).click());
      expect(csv.charCodeAt(0), id).toBe(0xfeff);
      const lines = csv.slice(1).split("\r\n");
      expect(lines.at(-1), id).toBe("");
      if (headers.length) {
        expect(cells(lines[0]!), id).toEqual(headers);
        expect(lines.length - 2, id).toBe(await c.locator("table tbody tr").count());
      } else {
        await c.getByText("Nothing in this range.").waitFor();
      }
      if (id === "volume-by-platform") {
        const total = lines.slice(1, -1).reduce((n, l) => n + Number(cells(l).at(-1)), 0);
        expect(total).toBe(seeded.inbound);
      }
    }
    // The approval with edits and the article it linked are counted.
    expect(await card("approvals").locator("table tbody").textContent()).toMatch(/100%/);
    expect(await card("articles").locator("table tbody tr").count()).toBeGreaterThanOrEqual(1);
    expect(await card("hashtags").locator("table tbody").textContent()).toContain("fluseason");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "analytics-tables");

    // A range with nothing in it says so; weeks group the days.
    await page.getByLabel("From", { exact: true }).fill("2020-01-01");
    await page.getByLabel("To", { exact: true }).fill("2020-01-31");
    await page.getByLabel("Group by").selectOption("week");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await page.getByRole("heading", { name: "No messages in this range" }).waitFor();
    expect(page.url()).toContain("bucket=week");
    // A server failure shows an error with a way to retry.
    await page.route(/\/api\/analytics\?/, (r) => r.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ code: "server_error", message: "The store is unavailable." }) }));
    await page.getByRole("button", { name: "Last 90 days" }).click();
    await page.getByRole("heading", { name: "Couldn't load the analytics" }).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Try again" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(admin.errors).toEqual([]);
    await admin.close();
  }, 90_000);

  it("staff see neither analytics nor administration; physicians see analytics, on a phone too", async () => {
    const staff = await open();
    await signIn(staff.page, s.users.staff.email);
    expect(await staff.page.getByRole("link", { name: "Analytics", exact: true }).count()).toBe(0);
    expect(await staff.page.getByRole("link", { name: "Admin", exact: true }).count()).toBe(0);
    await staff.page.goto("/analytics");
    await staff.page.getByRole("heading", { name: "Analytics are for admins and physicians" }).waitFor();
    await staff.page.goto("/admin/users");
    await staff.page.getByRole("heading", { name: "Administration is for admins" }).waitFor();
    await staff.close();
    // A physician on a phone: the same charts, one column, still accessible.
    const physician = await open(PHONE);
    await signIn(physician.page, s.users.physician.email);
    await physician.page.getByRole("link", { name: "Analytics", exact: true }).click();
    await physician.page.locator('section[data-chart="volume-by-platform"] .kpi-value').first().waitFor(SLOW);
    await expect.poll(() => physician.page.locator(".chart-figure svg").count(), SLOW).toBeGreaterThanOrEqual(9);
    expect(await physician.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousAxeViolations(physician.page)).toEqual([]);
    await screenshot(physician.page, "analytics-phone");
    expect(await physician.page.getByRole("link", { name: "Admin", exact: true }).count()).toBe(0);
    await physician.close();
  }, 90_000);

  it("admin screens: users, channels, settings, articles and the audit log", async () => {
    const admin = await open();
    const page = admin.page;
    await signIn(page, s.users.admin.email);
    await page.getByRole("link", { name: "Admin", exact: true }).click();

    // Users: invite, who signs in; change role; deactivate, which ends their session at once.
    await page.getByRole("heading", { name: "Users", level: 1 }).waitFor();
    const email = `new.${Date.now()}@${s.slug}.test`;
    await page.getByLabel("Name").fill("Jordan New");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("staff");
    await page.getByRole("button", { name: "Invite" }).click();
    const password = (await page.locator(".one-time code").textContent())!;
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "admin-users", "admin-users");
    const invited = await open();
    await invited.page.goto("/login");
    await invited.page.getByLabel("Email").fill(email);
    await invited.page.getByLabel("Password").fill(password);
    await invited.page.getByRole("button", { name: "Sign in" }).click();
    await invited.page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    await page.getByLabel("Role of Jordan New").selectOption("physician");
    await expect.poll(() => page.getByLabel("Role of Jordan New").inputValue(), SLOW).toBe("physician");
    await page.getByRole("button", { name: "Deactivate Jordan New" }).click();
    await page.getByRole("button", { name: "Deactivate and sign out" }).click();
    await page.getByRole("row", { name: /Jordan New/ }).getByText("Deactivated").waitFor();
    await invited.page.reload();
    await invited.page.getByRole("button", { name: "Sign in" }).waitFor();
    await invited.close();

    // Channels: health, reconnect the failing one, connect and disconnect another.
    await page.getByRole("link", { name: "Channels" }).click();
    const failing = page.locator("article.channel", { has: page.getByRole("heading", { name: seeded.reviews.displayName }) });
    await failing.getByText("Failing").waitFor();
    await failing.getByText("Google answered 401 (UNAUTHENTICATED)").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "admin-channels", "admin-channels");
    await failing.getByRole("button", { name: /Reconnect/ }).click();
    await failing.getByLabel(/New credentials/).fill("accessToken=fresh-token");
    await failing.getByRole("button", { name: "Save and reconnect" }).click();
    await failing.getByText("Healthy").waitFor();
    const account = `hello-${Date.now()}@example.com`;
    await page.getByLabel("Platform").selectOption("email");
    await page.getByLabel("Account id").fill(account);
    await page.getByLabel("Display name").fill("Front desk email");
    await page.getByRole("button", { name: "Connect", exact: true }).click();
    const added = page.locator("article.channel", { has: page.getByRole("heading", { name: "Front desk email" }) });
    await added.waitFor();
    await added.getByRole("button", { name: /Disconnect/ }).click();
    await added.getByRole("button", { name: "Disconnect now" }).click();
    await added.waitFor({ state: "detached" });

    // Practice settings: contact, a target, an approver, a template; saved and read back.
    await page.getByRole("link", { name: "Practice settings" }).click();
    await page.getByLabel("Phone").fill("(555) 010-0199");
    await page.getByLabel("Response target for Logistics (minutes)").fill("300");
    await page.getByLabel("Staff may approve Feedback replies").uncheck();
    await page.getByLabel("Personal · Spanish").fill("Llámenos al {phone}, por favor.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "admin-settings", "admin-settings");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Saved.").waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel("Phone").inputValue(), SLOW).toBe("(555) 010-0199");
    expect(await page.getByLabel("Response target for Logistics (minutes)").inputValue()).toBe("300");
    expect(await page.getByLabel("Staff may approve Feedback replies").isChecked()).toBe(false);
    expect(await page.getByLabel("Personal · Spanish").inputValue()).toBe("Llámenos al {phone}, por favor.");

    // Articles: create, edit, retire.
    await page.getByRole("link", { name: "Articles" }).click();
    await page.getByRole("button", { name: "New article" }).click();
    await page.getByLabel("Title").fill("Ear infections in toddlers");
    await page.getByLabel("Summary").fill("Most ear infections clear up on their own within a few days; see a clinician if fever lasts.");
    await page.getByLabel("Link").fill("https://example.org/ear-infections");
    await page.getByLabel("Topics").fill("ear infection, earache, toddlers");
    await page.getByRole("button", { name: "Create article" }).click();
    const row = page.getByRole("row", { name: /Ear infections in toddlers/ });
    await row.waitFor();
    await row.getByRole("button", { name: /Edit/ }).click();
    await page.getByLabel("Title").fill("Ear infections in babies and toddlers");
    await page.getByRole("button", { name: "Save changes" }).click();
    const renamed = page.getByRole("row", { name: /Ear infections in babies and toddlers/ });
    await renamed.waitFor();
    await renamed.getByRole("button", { name: /Retire/ }).click();
    await renamed.getByText("Retired").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "admin-articles");

    // Audit log: everything above is there; filter by action and actor; CSV export.
    await page.getByRole("link", { name: "Audit log" }).click();
    await page.locator("table.audit-table tbody tr").first().waitFor(SLOW);
    await page.getByLabel("Action").fill("user.");
    await page.getByLabel("Actor").selectOption({ label: "admin person" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect.poll(() => page.url(), SLOW).toContain("action=user.");
    await expect.poll(async () => (await page.locator("table.audit-table tbody th").allTextContents()).sort(), SLOW).toEqual(["user.created", "user.deactivated", "user.role_changed"]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "admin-audit", "admin-audit");
    const csv = await download(page, () => page.getByRole("link", { name: "Download CSV" }).click());
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("at,id,actor_id,actor_role,action,entity_type,entity_id,details");
    expect(lines.slice(1).map((l) => cells(l)[4]).sort()).toEqual(["user.created", "user.deactivated", "user.role_changed"]);
    expect(csv).not.toContain(password);
    await page.getByRole("button", { name: "Clear" }).click();
    await expect.poll(async () => (await page.locator("table.audit-table tbody th").allTextContents()).some((a) => a.startsWith("article.")), SLOW).toBe(true);
    expect(admin.errors).toEqual([]);
    await admin.close();
  }, 90_000);
});
