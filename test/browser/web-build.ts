import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const webRoot = fileURLToPath(new URL("../../packages/web/dist", import.meta.url));
const webSrc = fileURLToPath(new URL("../../packages/web", import.meta.url));
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const lock = join(tmpdir(), "bedside-web-build.lock");

const mtime = (p: string) => statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? 0;

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === "dist") continue;
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : mtime(p));
  }
  return newest;
}

const stale = () => mtime(join(webRoot, "index.html")) < newestSource(webSrc);

/**
 * Builds the dashboard when dist/ is missing or older than its sources. Test files run
 * in parallel processes, so one builds under a lock directory while the others wait.
 */
export async function ensureWebBuilt(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (stale()) {
    try {
      mkdirSync(lock);
    } catch {
      // Someone else is building; a lock older than two minutes is from a crashed run.
      if (Date.now() - mtime(lock) > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error("timed out waiting for the dashboard build");
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      const env = { ...process.env, NODE_ENV: "production" };
      if (stale()) execFileSync("npm", ["run", "build:web", "--silent"], { cwd: repoRoot, stdio: "inherit", env });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
