import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
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

type Detail = { drafts: Array<{ id: string; version: number; status: string; text: string; rejectionReason: string | null }> };
const csrf = { "x-bedside-csrf": "1" };

/** Staff put a known reply on the conversation's draft and submit it, through the API the dashboard uses. */
async function submitAs(page: Page, cnv: string, text: string) {
  // Pinned to education (as staff may), so the test does not hang on how triage reads the question.
  const before = (await (await page.request.get(`/api/conversations/${cnv}`)).json()) as Detail & { conversation: { version: number; category: string } };
  if (before.conversation.category !== "education") {
    const res = await page.request.patch(`/api/conversations/${cnv}`, { headers: csrf, data: { version: before.conversation.version, category: "education" } });
    expect(res.status()).toBe(200);
  }
  const { drafts } = (await (await page.request.get(`/api/conversations/${cnv}`)).json()) as Detail;
  const d = drafts.at(-1)!;
  const edited = await page.request.patch(`/api/conversations/${cnv}/drafts/${d.id}`, { headers: csrf, data: { version: d.version, text } });
  expect(edited.status()).toBe(200);
  const { version } = (await edited.json()) as { version: number };
  expect((await page.request.post(`/api/conversations/${cnv}/drafts/${d.id}/submit`, { headers: csrf, data: { version } })).status()).toBe(200);
}

const MAMMO = "Breast screening usually starts between 40 and 50; guidelines differ. For advice about your own health, talk to your clinician.";
const MAMMO_EDITED = "Breast screening usually starts at 40. For advice about your own health, talk to your clinician.";
const SUGAR = "Yes, cutting sugary drinks helps everyone. Read more on our website.";

describe("a physician clears the approval queue on a phone", () => {
  it("edits then approves one draft and rejects another with a reason, in two taps each, at 375 px", async () => {
    const mammo = await s.receive("At what age should women start getting mammograms?");
    const sugar = await s.receive("Is it true that soda is worse than juice for kids?");
    const staff = await openPage(browser, s.baseUrl);
    await signIn(staff.page, s.users.staff.email);
    await submitAs(staff.page, mammo, MAMMO);
    await submitAs(staff.page, sugar, SUGAR);

    const phone = await openPage(browser, s.baseUrl, PHONE);
    await signIn(phone.page, s.users.physician.email);
    const page = phone.page;
    await page.getByRole("link", { name: "Approvals" }).click();
    const cards = page.locator("article.approval");
    await expect.poll(() => cards.count()).toBe(2);
    // Oldest first: the mammogram question was submitted first.
    await cards.nth(0).getByText("start getting mammograms").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Edit, then approve: the edited text is re-checked live before the approve button says so.
    const first = cards.filter({ hasText: "start getting mammograms" });
    await first.getByRole("button", { name: "Edit" }).tap();
    const editor = first.getByLabel("Edit the reply before approving");
    await editor.fill(MAMMO_EDITED);
    // The card's own result plus the live check of the edit.
    await expect.poll(() => first.getByText("No safety problems found").count()).toBe(2);
    expect(await first.getByLabel("Override reason (required to approve an unsafe reply)").count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "approvals-phone-edit");
    await first.getByRole("button", { name: "Approve with edits" }).tap();
    await expect.poll(() => cards.count()).toBe(1);

    // Reject with a reason.
    const second = cards.filter({ hasText: "soda is worse than juice" });
    await second.getByRole("button", { name: "Reject" }).tap();
    await second.getByLabel("Why reject it? Staff will see this.").fill("Link the kids' nutrition article instead of the website.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "approvals-phone-reject");
    await second.getByRole("button", { name: "Reject reply" }).tap();
    await page.getByText("No drafts waiting for your approval").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The edited reply is what goes out; staff see the rejection and its reason.
    expect(await s.sendDue()).toMatchObject({ sent: 1 });
    expect(new URLSearchParams(s.twilio.posted.at(-1)!.body).get("Body")).toBe(MAMMO_EDITED);
    await staff.page.goto(`/inbox/${sugar}`);
    await staff.page.getByText("Rejected: Link the kids' nutrition article instead of the website.").waitFor();
    expect([...staff.errors, ...phone.errors]).toEqual([]);
    await Promise.all([staff.close(), phone.close()]);
  }, 60_000);
});
