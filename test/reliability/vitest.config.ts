import { defineConfig } from "vitest/config";

/**
 * `npm run test:reliability`: the load, fault, bad-input and access suite against the real
 * `npm start` server. Files run one at a time (each spawns its own server on a copy of the store
 * global setup seeded once); the whole run is kept under ~15 minutes on a 2-core machine.
 */
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["test/reliability/**/*.test.ts"],
    globalSetup: ["test/reliability/global-setup.ts"],
    fileParallelism: false,
    passWithNoTests: true,
    pool: "forks",
    testTimeout: 300_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    reporters: ["default"],
  },
});
