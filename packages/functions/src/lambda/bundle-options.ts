import type { BuildOptions } from "esbuild";
import plugins from "./bundle-plugins.mjs";

/**
 * How a Lambda handler is bundled: an ES module for Node 20 (the SDK's ES builds, hence
 * `mainFields: module,main`; the default picks its CommonJS builds, which fail to load as ESM with
 * "Dynamic require of node:https"), minified, with code splitting so that modules the handler
 * imports dynamically (the triage engine) become chunks loaded on first use rather than at start.
 * Nothing is external: the bundle carries everything, including the AWS SDK v3 it was tested with.
 */
export const LAMBDA_BUNDLE: BuildOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  mainFields: ["module", "main"],
  target: "node20",
  minify: true,
  treeShaking: true,
  splitting: true,
  legalComments: "none",
  plugins,
};
