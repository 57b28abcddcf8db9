/**
 * dashboard: the gzipped JavaScript the inbox page loads first (static analysis of the build,
 * cross-checked by the scripts Chromium actually fetched before the rows appeared), whether the
 * charts library is in it, and the time from navigation to the first inbox rows in headless
 * Chromium for a practice with 5,000 conversations, signed in through the API (cookie set on
 * the context). Each run is a fresh context, so a cold cache. Goal: under 150 KB, no charts library.
 */
import { chromium } from "playwright-core";
import type { BenchEnv } from "../bench-env.ts";
import type { Session } from "../bench-practice.ts";
import { median, round } from "../measure.ts";
import { gzipSize, inboxFirstLoad } from "../web-bundle.ts";
import { kb, ms, verdict, type RowResult } from "./row.ts";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
const GOAL_BYTES = 150 * 1024;

// Runs in the page before any script: note when the first inbox row is in the DOM.
const FIRST_ROWS = () => {
  const w = window as unknown as { __benchFirstRows?: number };
  new MutationObserver((_, observer) => {
    if (document.querySelector("a.row")) {
      w.__benchFirstRows = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

export async function runDashboardRow(env: BenchEnv, o: { webDir: string; session: Session; conversations: number; runs: number }): Promise<RowResult> {
  const js = inboxFirstLoad(o.webDir);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });
  const times: number[] = [];
  let fetchedJs: string[] = [];
  let rows = 0;
  try {
    for (let i = 0; i < o.runs; i++) {
      const context = await browser.newContext();
      await context.addCookies([{ name: o.session.cookie.name, value: o.session.cookie.value, url: env.baseUrl }]);
      const page = await context.newPage();
      await page.addInitScript(FIRST_ROWS);
      await page.goto(`${env.baseUrl}/inbox`, { waitUntil: "commit", timeout: 60_000 });
      await page.waitForFunction(() => (window as unknown as { __benchFirstRows?: number }).__benchFirstRows, null, { timeout: 60_000 });
      const seen = await page.evaluate(() => {
        const at = (window as unknown as { __benchFirstRows: number }).__benchFirstRows;
        const scripts = performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".js") && e.startTime < at).map((e) => new URL(e.name).pathname);
        return { at, scripts, rows: document.querySelectorAll("a.row").length };
      });
      times.push(seen.at);
      fetchedJs = seen.scripts.map((s) => s.replace(/^\//, ""));
      rows = seen.rows;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const fetchedGzip = fetchedJs.reduce((n, f) => n + gzipSize(o.webDir, f), 0);
  const noCharts = js.chartsLibraryIn.length === 0;
  return {
    row: "dashboard",
    lines: [
      {
        what: "dashboard: inbox JS loaded first (gzip)",
        measured: `${kb(js.gzipBytes)} in ${js.files.length} files (${kb(fetchedGzip)} fetched)`,
        baseline: "—",
        ratio: `${(js.gzipBytes / GOAL_BYTES).toFixed(2)}x limit`,
        goal: "< 150 KB",
        verdict: verdict(js.gzipBytes < GOAL_BYTES),
      },
      {
        what: "dashboard: charts library (recharts) in it",
        measured: noCharts ? `no${js.chartsLibraryElsewhere.length ? ` (in ${js.chartsLibraryElsewhere.join(", ")})` : ""}` : `yes: ${js.chartsLibraryIn.join(", ")}`,
        baseline: "—",
        ratio: "—",
        goal: "not in it",
        verdict: verdict(noCharts),
      },
      {
        what: `dashboard: navigation to first inbox rows (${o.conversations.toLocaleString("en-US")} conversations)`,
        measured: `median ${ms(median(times))} (first ${ms(times[0])})`,
        baseline: "—",
        ratio: "—",
        goal: "(reported)",
        verdict: "n/a",
      },
    ],
    figures: {
      inboxChunk: js.inboxChunk,
      firstLoadFiles: js.files,
      firstLoadGzipBytes: js.gzipBytes,
      fetchedBeforeRows: fetchedJs,
      fetchedBeforeRowsGzipBytes: fetchedGzip,
      chartsLibraryIn: js.chartsLibraryIn,
      chartsLibraryElsewhere: js.chartsLibraryElsewhere,
      firstRowsMs: times.map((t) => round(t, 1)),
      firstRowsMsMedian: round(median(times), 1),
      rowsRendered: rows,
    },
  };
}
