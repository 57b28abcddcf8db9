/// <reference path="./.sst/platform/config.d.ts" />

export default $config({
  app(input) {
    return {
      name: "bedside",
      removal: input?.stage === "production" ? "retain" : "remove",
      protect: input?.stage === "production",
      home: "aws",
    };
  },
  async run() {
    const { table } = await import("./infra/table");
    await import("./infra/secrets");
    const { api, poller } = await import("./infra/api");
    const { router } = await import("./infra/web");
    return { url: router.url, api: api.url, table: table.name, poller: poller.nodes.job.name };
  },
});
