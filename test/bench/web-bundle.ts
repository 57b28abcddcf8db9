/**
 * Builds the dashboard with Vite into the bench's own directory (so a concurrent `npm start`
 * keeps its dist/) and works out the JavaScript the inbox page loads first: the entry script and
 * module preloads of index.html, the inbox route's lazy chunk (found in Vite's manifest), and every
 * chunk those import statically. The hidden source maps say which packages each chunk holds.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const INBOX_SOURCE = "src/routes/inbox-page.lazy.tsx";

/**
 * `vite build` of packages/web into outDir, with a manifest. Resolves with its duration in seconds.
 * Vite refuses to start while another build of the same project runs (someone's `npm start` or
 * `npm run build:web`); this build writes only to its own outDir, so it then runs anyway.
 */
export async function buildWeb(outDir: string): Promise<number> {
  const t0 = performance.now();
  try {
    await viteBuild(outDir, []);
  } catch (error) {
    if (!/bypass-lock/.test((error as Error).message)) throw error;
    await viteBuild(outDir, ["--bypass-lock"]);
  }
  return (performance.now() - t0) / 1000;
}

function viteBuild(outDir: string, extra: string[]): Promise<number> {
  const t0 = performance.now();
  const vite = join(REPO, "node_modules/vite/bin/vite.js");
  const args = [vite, "build", "--config", "packages/web/vite.config.ts", "--outDir", outDir, "--emptyOutDir", "--manifest", "--logLevel", "warn", ...extra];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => (code === 0 ? resolve((performance.now() - t0) / 1000) : reject(new Error(`vite build failed: ${err.slice(-400)}`))));
  });
}

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\.?\/[^"']+\.js)["']/g;

function staticImports(dir: string, file: string): string[] {
  const code = readFileSync(join(dir, file), "utf8");
  const base = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  return [...code.matchAll(STATIC_IMPORT)].map((m) => join(base, m[1]).replace(/^\.\//, ""));
}

function closure(dir: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const walk = (f: string) => {
    if (seen.has(f) || !existsSync(join(dir, f))) return;
    seen.add(f);
    for (const g of staticImports(dir, f)) walk(g);
  };
  roots.forEach(walk);
  return [...seen];
}

/** Packages (node_modules/<pkg>) a chunk holds, from its source map. */
export function packagesIn(dir: string, file: string): string[] {
  const map = join(dir, `${file}.map`);
  if (!existsSync(map)) return [];
  const sources = (JSON.parse(readFileSync(map, "utf8")) as { sources: string[] }).sources;
  return [...new Set(sources.map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1]).filter((p): p is string => Boolean(p)))];
}

export function gzipSize(dir: string, file: string): number {
  return gzipSync(readFileSync(join(dir, file))).length;
}

export interface InboxJs {
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  gzipBytes: number;
  chartsLibraryIn: string[];
  chartsLibraryElsewhere: string[];
  inboxChunk: string | null;
}

export function inboxFirstLoad(dir: string): InboxJs {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const assets = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1].replace(/^\//, ""));
  const roots = [...assets(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...assets(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  const manifestPath = [join(dir, ".vite/manifest.json"), join(dir, "manifest.json")].find(existsSync);
  const manifest = manifestPath ? (JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, { file: string; src?: string }>) : {};
  const inboxChunk = Object.values(manifest).find((e) => e.src === INBOX_SOURCE)?.file ?? null;
  const files = closure(dir, inboxChunk ? [...roots, inboxChunk] : roots);
  const sized = files.map((file) => ({ file, bytes: readFileSync(join(dir, file)).length, gzipBytes: gzipSize(dir, file) }));
  const allJs = Object.values(manifest).map((e) => e.file).filter((f) => f.endsWith(".js"));
  const charts = (list: string[]) => list.filter((f) => packagesIn(dir, f).some((p) => p === "recharts" || p.startsWith("d3-") || p === "victory-vendor"));
  return {
    files: sized,
    gzipBytes: sized.reduce((n, f) => n + f.gzipBytes, 0),
    chartsLibraryIn: charts(files),
    chartsLibraryElsewhere: charts(allJs.filter((f) => !files.includes(f))),
    inboxChunk,
  };
}
