import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTableInput } from "../packages/core/src/storage/create-table-input.ts";
import { TABLE_DEFINITION } from "../packages/core/src/storage/table-definition.ts";

/**
 * The SST command line cannot reach AWS here, so sst.config.ts is evaluated with a stand-in for
 * SST's globals that records every resource it declares.
 */
interface Recorded {
  kind: string;
  name: string;
  args: Record<string, any>;
  routes: Array<[string, any]>;
}
const recorded: Recorded[] = [];

function component(kind: string) {
  return class {
    routes: Array<[string, any]> = [];
    url = `https://${kind.toLowerCase()}.example`;
    name = `${kind}-name`;
    nodes = { job: { name: `${kind}-job` } };
    constructor(name: string, args: Record<string, any> = {}) {
      recorded.push({ kind, name, args, routes: this.routes });
    }
    route(path: string, target: any) {
      this.routes.push([path, target]);
    }
  };
}

beforeAll(() => {
  const g = globalThis as any;
  g.$config = (config: unknown) => config;
  g.sst = {
    Secret: component("Secret"),
    aws: {
      Dynamo: component("Dynamo"),
      ApiGatewayV2: component("ApiGatewayV2"),
      Cron: component("Cron"),
      Router: component("Router"),
      StaticSite: component("StaticSite"),
    },
  };
});
afterAll(() => {
  delete (globalThis as any).$config;
  delete (globalThis as any).sst;
});

async function evaluate() {
  const config = (await import("../sst.config.ts")).default as any;
  const app = config.app({ stage: "dev" });
  const outputs = await config.run();
  return { app, outputs };
}

describe("sst.config.ts", () => {
  it("declares the table from the same definition the local store is created from", async () => {
    const { app } = await evaluate();
    expect(app).toMatchObject({ name: "bedside", home: "aws" });
    const table = recorded.find((r) => r.kind === "Dynamo")!;
    expect(table.args).toEqual({
      fields: TABLE_DEFINITION.fields,
      primaryIndex: TABLE_DEFINITION.primaryIndex,
      globalIndexes: TABLE_DEFINITION.globalIndexes,
      stream: TABLE_DEFINITION.stream,
      ttl: TABLE_DEFINITION.ttl,
    });
    // ...and the local CreateTable request carries the same keys and indexes.
    const local = createTableInput("bedside");
    expect(local.KeySchema?.map((k) => k.AttributeName)).toEqual([table.args.primaryIndex.hashKey, table.args.primaryIndex.rangeKey]);
    expect(Object.fromEntries((local.GlobalSecondaryIndexes ?? []).map((i) => [i.IndexName, { hashKey: i.KeySchema![0].AttributeName, rangeKey: i.KeySchema![1].AttributeName }]))).toEqual(table.args.globalIndexes);
    expect(local.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" });
  });

  it("declares a secret for the session key and every platform secret", async () => {
    await evaluate();
    const secrets = recorded.filter((r) => r.kind === "Secret").map((r) => r.name);
    for (const name of ["SessionKey", "MetaAppSecret", "MetaVerifyToken", "XConsumerSecret", "TwilioAuthToken", "LinkedinClientSecret"]) {
      expect(secrets).toContain(name);
    }
  });

  it("points every function at a handler file that exists and exports the handler", async () => {
    await evaluate();
    const handlers = [
      ...recorded.filter((r) => r.kind === "ApiGatewayV2").flatMap((r) => r.routes.map(([, t]) => t.handler)),
      ...recorded.filter((r) => r.kind === "Cron").map((r) => r.args.function.handler),
    ];
    expect(handlers.length).toBeGreaterThanOrEqual(2);
    for (const handler of handlers) {
      const [file, exported] = [handler.slice(0, handler.lastIndexOf(".")), handler.slice(handler.lastIndexOf(".") + 1)];
      expect(existsSync(`${file}.ts`), `${file}.ts`).toBe(true);
      const mod = await import(/* @vite-ignore */ pathToFileURL(resolve(`${file}.ts`)).href);
      expect(typeof mod[exported]).toBe("function");
    }
  });

  it("bundles every function as a minified ES module with the plugins file the bench measures", async () => {
    await evaluate();
    const functions = [
      ...recorded.filter((r) => r.kind === "ApiGatewayV2").flatMap((r) => r.routes.map(([, t]) => t)),
      ...recorded.filter((r) => r.kind === "Cron").map((r) => r.args.function),
    ];
    for (const fn of functions) {
      expect(fn.nodejs).toMatchObject({ format: "esm", minify: true, splitting: true });
      const mod = await import(/* @vite-ignore */ pathToFileURL(resolve(fn.nodejs.plugins)).href);
      expect(Array.isArray(mod.default) && mod.default.length > 0).toBe(true);
    }
  });

  it("serves the API, webhooks, health and dashboard from one router, so cookies stay same-site", async () => {
    await evaluate();
    const router = recorded.find((r) => r.kind === "Router")!;
    expect(router.routes.map(([p]) => p).sort()).toEqual(["/api", "/health", "/webhooks"]);
    const site = recorded.find((r) => r.kind === "StaticSite")!;
    expect(site.args.path).toBe("packages/web");
    expect(site.args.router.instance).toBeTruthy();
  });
});
