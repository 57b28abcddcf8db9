import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startServer, tempDir } from "./helpers/server.ts";

/**
 * Seeds the demo practices once (the first start of `npm start` on an empty DATA_DIR), stops the
 * server gracefully, and hands the seeded directory to every file, which copies it.
 */
export async function setup(project: TestProject) {
  rmSync(join(tmpdir(), "bedside-reliability", "figures.jsonl"), { force: true });
  const started = Date.now();
  // REL_TEMPLATE_DIR reuses a store seeded by an earlier run (local iteration only; CI seeds afresh).
  let templateDir = process.env.REL_TEMPLATE_DIR ?? "";
  if (!templateDir || !existsSync(templateDir)) {
    templateDir = tempDir("template");
    const server = await startServer({ dataDir: templateDir, readyTimeoutMs: 240_000 });
    await server.stop();
  }
  console.log(`[reliability] seeded template store in ${Math.round((Date.now() - started) / 1000)} s: ${templateDir}`);
  project.provide("templateDir", templateDir);
  project.provide("suiteStartedAt", started);
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDir: string;
    suiteStartedAt: number;
  }
}
