import { api } from "./api";

/**
 * One domain for everything, as on a laptop: the router sends /api, /webhooks and /health to the
 * API and the rest to the dashboard, so the session cookie stays same-site and the CSP stays 'self'.
 */
export const router = new sst.aws.Router("Router");
router.route("/api", api.url);
router.route("/webhooks", api.url);
router.route("/health", api.url);

export const web = new sst.aws.StaticSite("Web", {
  path: "packages/web",
  build: { command: "npx vite build", output: "dist" },
  router: { instance: router },
});
