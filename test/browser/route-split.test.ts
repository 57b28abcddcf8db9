import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuilt, webRoot } from "./web-build.ts";

const assets = join(webRoot, "assets");
const read = (file: string) => readFileSync(join(assets, file), "utf8");

/** Files a chunk imports statically (loaded with it), from the built, minified output. */
function staticImports(file: string): string[] {
  const code = read(file);
  return [...code.matchAll(/(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!);
}

/** A chunk and everything it pulls in statically: what the browser loads for it. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...staticImports(f));
  }
  return seen;
}

// recharts stamps these class names into its code; they survive minification.
const isCharts = (file: string) => /recharts-(wrapper|surface|tooltip)/.test(read(file));
const gzipKb = (files: Iterable<string>) => Math.round([...files].reduce((n, f) => n + gzipSync(read(f)).length, 0) / 1024);

let entry: string;
let inboxChunk: string;
beforeAll(async () => {
  await ensureWebBuilt();
  entry = readFileSync(join(webRoot, "index.html"), "utf8").match(/src="\/assets\/([\w.-]+\.js)"/)![1]!;
  inboxChunk = readdirSync(assets).find((f) => /^inbox-page\.lazy-[\w-]+\.js$/.test(f))!;
}, 150_000);

describe("route splitting", () => {
  it("keeps the charts library out of the entry and the inbox, in a chunk of its own loaded only for analytics", () => {
    expect(inboxChunk).toBeTruthy();
    const inbox = new Set([...closure(entry), ...closure(inboxChunk)]);
    expect([...inbox].filter(isCharts)).toEqual([]);
    // The check can fail: the charts are in the build, just not on the inbox's path.
    const chartChunks = readdirSync(assets).filter((f) => f.endsWith(".js") && isCharts(f));
    expect(chartChunks.length).toBeGreaterThan(0);
    expect(read(entry)).toMatch(new RegExp(`import\\(\\s*["'\`]\\./${inboxChunk.replace(/\./g, "\\.")}`));
    console.info(`inbox JS (entry + inbox chunk, gzip): ${gzipKb(inbox)} KB; charts chunk(s): ${gzipKb(chartChunks)} KB`);
  });
});
