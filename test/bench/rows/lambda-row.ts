/**
 * Lambda: every handler in packages/functions/src/lambda bundled as an ES module with the
 * functions' own build settings (lambda/bundle-options.ts: esbuild --bundle --platform=node
 * --format=esm --main-fields=module,main --target=node20 --minify --splitting), its size (the
 * entry and the chunks it imports statically, i.e. what loads at start; chunks imported
 * dynamically are counted apart), and the time to import it in a fresh `node --input-type=module`
 * process with no AWS or SST environment (median of the runs, the handlers and the baseline taking
 * turns). The baseline is bundled with the same settings. A bundle that fails to load as ESM
 * ("Dynamic require of ...") is rebuilt with a createRequire banner, and says so.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { LAMBDA_BUNDLE } from "../../../packages/functions/src/lambda/bundle-options.ts";
import { median, round } from "../measure.ts";
import { fmt, kb, ms, verdict, type RowResult, type TableLine } from "./row.ts";

const LAMBDA_DIR = fileURLToPath(new URL("../../../packages/functions/src/lambda/", import.meta.url));
const BASELINE = fileURLToPath(new URL("../lambda-baseline.ts", import.meta.url));
const REQUIRE_BANNER = 'import { createRequire as __benchCreateRequire } from "node:module"; const require = __benchCreateRequire(import.meta.url);';

export function findHandlers(): string[] {
  return readdirSync(LAMBDA_DIR)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => join(LAMBDA_DIR, f))
    .filter((f) => /export\s+(const|async function|function)\s+handler\b|export\s*\{[^}]*\bhandler\b/.test(readFileSync(f, "utf8")));
}

const IMPORT_SCRIPT = (url: string) =>
  `const t0 = performance.now(); const m = await import(${JSON.stringify(url)}); const t = performance.now() - t0;` +
  `if (typeof m.handler !== "function") throw new Error("no handler export"); console.log(JSON.stringify({ importMs: t }));`;

/** One fresh process; no AWS_*, SST_* or DYNAMODB_* variables, as on a machine outside AWS. */
function importOnce(file: string): { ok: true; importMs: number; processMs: number } | { ok: false; error: string } {
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NODE_NO_WARNINGS: "1" };
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", IMPORT_SCRIPT(pathToFileURL(file).href)], { env, encoding: "utf8", timeout: 60_000 });
  const processMs = performance.now() - t0;
  if (run.status !== 0) return { ok: false, error: (run.stderr || run.stdout || "failed").split("\n").find((l) => /^\w*Error\b/.test(l)) ?? (run.stderr || "failed").slice(0, 200) };
  return { ok: true, importMs: JSON.parse(run.stdout.trim().split("\n").pop()!).importMs, processMs };
}

/** Bytes in the bundle by package (node_modules/<pkg>, or "bedside" for our own source), largest first. */
function topPackages(metafile: Metafile, top = 6): Record<string, number> {
  const by: Record<string, number> = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const key = m ? m[1] : "bedside";
      by[key] = (by[key] ?? 0) + bytesInOutput;
    }
  }
  return Object.fromEntries(Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, top));
}

/** JavaScript files an output imports statically (what Node loads with it), itself included. */
function staticClosure(metafile: Metafile, entryOut: string): string[] {
  const seen = new Set<string>();
  const walk = (out: string) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const imp of metafile.outputs[out]?.imports ?? []) if (imp.kind === "import-statement" && !imp.external) walk(imp.path);
  };
  walk(entryOut);
  return [...seen];
}

async function bundle(entry: string, outDir: string, withBanner: boolean) {
  const name = basename(entry, ".ts");
  const dir = join(outDir, name);
  rmSync(dir, { recursive: true, force: true });
  const result = await build({
    ...LAMBDA_BUNDLE,
    entryPoints: [entry],
    outdir: dir,
    outExtension: { ".js": ".mjs" },
    logLevel: "silent",
    metafile: true,
    ...(withBanner ? { banner: { js: REQUIRE_BANNER } } : {}),
  });
  const metafile = result.metafile!;
  const cwd = process.cwd();
  const entryOut = Object.keys(metafile.outputs).find((o) => metafile.outputs[o].entryPoint === relative(cwd, entry) && o.endsWith(".mjs"))!;
  const atStart = staticClosure(metafile, entryOut);
  const lazy = Object.keys(metafile.outputs).filter((o) => o.endsWith(".mjs") && !atStart.includes(o));
  const size = (files: string[]) => files.reduce((n, f) => n + metafile.outputs[f].bytes, 0);
  const gz = (files: string[]) => files.reduce((n, f) => n + gzipSync(readFileSync(join(cwd, f))).length, 0);
  return {
    outfile: join(cwd, entryOut),
    bytes: size(atStart),
    gzipBytes: gz(atStart),
    lazyBytes: size(lazy),
    files: atStart.map((f) => relative(dirname(join(cwd, entryOut)), join(cwd, f))),
    packages: topPackages({ ...metafile, outputs: Object.fromEntries(atStart.map((f) => [f, metafile.outputs[f]])) }),
  };
}

interface Built {
  name: string;
  file: string;
  bytes: number;
  gzipBytes: number;
  lazyBytes: number;
  files: string[];
  needsRequireBanner: boolean;
  packages: Record<string, number>;
  loadError?: string;
  importMs: number[];
  processMs: number[];
}

async function prepare(entry: string, outDir: string, name: string): Promise<Built> {
  let built = await bundle(entry, outDir, false);
  let probe = importOnce(built.outfile);
  let needsRequireBanner = false;
  if (!probe.ok && /Dynamic require/.test(probe.error)) {
    needsRequireBanner = true;
    built = await bundle(entry, outDir, true);
    probe = importOnce(built.outfile);
  }
  return { name, file: built.outfile, bytes: built.bytes, gzipBytes: built.gzipBytes, lazyBytes: built.lazyBytes, files: built.files, needsRequireBanner, packages: built.packages, loadError: probe.ok ? undefined : probe.error, importMs: [], processMs: [] };
}

export async function runLambdaRow(o: { outDir: string; runs: number }): Promise<RowResult> {
  mkdirSync(o.outDir, { recursive: true });
  const baseline = await prepare(BASELINE, o.outDir, "baseline");
  const handlers = [];
  for (const entry of findHandlers()) handlers.push(await prepare(entry, o.outDir, basename(entry, ".ts")));
  for (let i = 0; i < o.runs; i++) {
    for (const b of [baseline, ...handlers]) {
      if (b.loadError) continue;
      const r = importOnce(b.file);
      if (r.ok) {
        b.importMs.push(r.importMs);
        b.processMs.push(r.processMs);
      }
    }
  }
  const base = median(baseline.importMs);
  const lines: TableLine[] = handlers.map((h) => {
    const m = median(h.importMs);
    const ratio = m / base;
    return {
      what: `Lambda ${h.name} (bundle ${kb(h.bytes)}, ${kb(h.gzipBytes)} gz${h.lazyBytes ? `; ${kb(h.lazyBytes)} loaded on first use` : ""})`,
      measured: h.loadError ? `does not load: ${h.loadError.slice(0, 60)}` : `import ${ms(m)}${h.needsRequireBanner ? " (needs require banner)" : ""}`,
      baseline: `${ms(base)} (${kb(baseline.bytes)})`,
      ratio: h.loadError ? "—" : fmt(ratio, 2),
      goal: "<= 1.5x",
      verdict: h.loadError ? "MISS" : verdict(ratio <= 1.5),
    };
  });
  const describe = (b: Built) => ({
    bytes: b.bytes,
    gzipBytes: b.gzipBytes,
    lazyBytes: b.lazyBytes,
    filesAtStart: b.files,
    needsRequireBanner: b.needsRequireBanner,
    largestPackages: b.packages,
    loadError: b.loadError ?? null,
    importMsMedian: round(median(b.importMs), 2),
    importMs: b.importMs.map((v) => round(v, 1)),
    processMsMedian: round(median(b.processMs), 1),
    ratio: b === baseline ? 1 : round(median(b.importMs) / base, 3),
  });
  return { row: "lambda", lines, figures: { buildSettings: "packages/functions/src/lambda/bundle-options.ts", runs: o.runs, baseline: describe(baseline), handlers: Object.fromEntries(handlers.map((h) => [h.name, describe(h)])) } };
}
