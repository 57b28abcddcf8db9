import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { TEST_PASSWORD } from "../helpers/test-practice.ts";

const axePath = fileURLToPath(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url));
const shotsDir = fileURLToPath(new URL("../../test-artifacts/screenshots/", import.meta.url));
export const readmeShotsDir = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 860 };

/** Debian's Chromium, headless; `.ci/run` installs it (apt-get install -y chromium). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

/** A fresh context (own cookies) with the server's real CSP in force; records any dialog the page opens. */
export async function openPage(browser: Browser, baseUrl: string, viewport = DESKTOP) {
  // A phone-sized page is a touch screen too, so tests can tap like a physician between patients.
  const context = await browser.newContext({ baseURL: baseUrl, viewport, deviceScaleFactor: viewport === PHONE ? 2 : 1, hasTouch: viewport === PHONE });
  const page = await context.newPage();
  // Fail with the locator that never appeared, well before the test times out.
  page.setDefaultTimeout(8_000);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, dialogs, errors, close: () => context.close() };
}

export async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
}

type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };

/**
 * axe-core on the page as it is now: returns serious and critical violations. The script is
 * injected through the DevTools protocol, so the page's CSP (no inline scripts) stays on.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.addScriptTag({ path: axePath }).catch(() => page.evaluate(readFileSync(axePath, "utf8")));
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe.run({ resultTypes: ["violations"] }),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/**
 * A full-page screenshot into test-artifacts/screenshots/. With UPDATE_README_SCREENSHOTS=1 the
 * pages named for the README are also written to docs/screenshots/ (committed, so not every run).
 */
export async function screenshot(page: Page, name: string, alsoTo?: string) {
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}${name}.png`, fullPage: true });
  if (alsoTo && process.env.UPDATE_README_SCREENSHOTS === "1") {
    mkdirSync(readmeShotsDir, { recursive: true });
    await page.screenshot({ path: `${readmeShotsDir}${alsoTo}.png`, fullPage: false });
  }
}
