import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newId } from "@bedside/core/ids/new-id";
import { createPractice } from "@bedside/core/practice/create-practice";
import { findPracticeBySlug } from "@bedside/core/practice/get-practice";
import { ensureTable } from "@bedside/core/storage/ensure-table";
import { createStore } from "@bedside/core/storage/store";
import { startDynamoLocal } from "./dynamo-local.ts";

async function withStoreAt(dataDir: string, work: (deps: Parameters<typeof createPractice>[0]) => Promise<void>) {
  const dynamo = await startDynamoLocal({ dataDir });
  const deps = { store: createStore({ endpoint: dynamo.endpoint, tableName: "bedside" }), clock: () => new Date(), newId };
  try {
    expect(await ensureTable(deps.store.client, "bedside")).toMatch(/created|exists/);
    await work(deps);
  } finally {
    deps.store.client.destroy();
    await dynamo.stop();
  }
}

describe("the embedded store", () => {
  it("keeps its data on disk: stop and start again, everything is still there", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "bedside-data-"));
    try {
      await withStoreAt(dataDir, async (deps) => {
        await createPractice(deps, { slug: "persisted", name: "Persisted Practice" });
      });
      await withStoreAt(dataDir, async (deps) => {
        expect((await findPracticeBySlug(deps, "persisted"))?.name).toBe("Persisted Practice");
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it("listens on a free high port chosen at start", async () => {
    const dynamo = await startDynamoLocal();
    try {
      expect(dynamo.port).toBeGreaterThan(1024);
      expect(dynamo.endpoint).toBe(`http://127.0.0.1:${dynamo.port}`);
    } finally {
      await dynamo.stop();
    }
  }, 60_000);

  it("supervised: a store process that dies is started again on the same port, with its data", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "bedside-data-"));
    const dynamo = await startDynamoLocal({ dataDir, supervise: true });
    const deps = { store: createStore({ endpoint: dynamo.endpoint, tableName: "bedside" }), clock: () => new Date(), newId };
    try {
      await ensureTable(deps.store.client, "bedside");
      await createPractice(deps, { slug: "survivor", name: "Survivor Practice" });
      const first = dynamo.process;
      first.kill("SIGKILL");
      await new Promise((r) => first.once("exit", r));
      await expect(findPracticeBySlug(deps, "survivor")).rejects.toThrow();
      let found: string | undefined;
      for (let i = 0; i < 60 && !found; i++) {
        found = await findPracticeBySlug(deps, "survivor").then((p) => p?.name, () => undefined);
        if (!found) await new Promise((r) => setTimeout(r, 500));
      }
      expect(found).toBe("Survivor Practice");
      expect(dynamo.restarts).toBe(1);
      expect(dynamo.process).not.toBe(first);
    } finally {
      deps.store.client.destroy();
      await dynamo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
