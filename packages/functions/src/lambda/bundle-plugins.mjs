/**
 * esbuild plugins for the Lambda bundles (used by `npm run bench`'s Lambda row, and meant for the
 * deploy build: SST's `nodejs.plugins` takes the path of this file). Both only let esbuild drop
 * code the functions never run; neither changes what the code does.
 */
import { readFile } from "node:fs/promises";

const NAMED_Z = () => /import\s*\{\s*z\s*\}\s*from\s*["']zod["']/g;

/**
 * `import { z } from "zod"` hands esbuild the whole namespace as one value, so all of zod (JSON
 * Schema conversion, 40 translations of its messages...) is bundled; `import * as z from "zod"`
 * is the same binding, and lets esbuild keep only the members the code uses. Our own sources only.
 * @type {import("esbuild").Plugin}
 */
export const zodNamespaceImport = {
  name: "zod-namespace-import",
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/](core|functions)[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!NAMED_Z().test(source)) return undefined;
      return { contents: source.replace(NAMED_Z(), 'import * as z from "zod"'), loader: "ts" };
    });
  },
};

/**
 * zod's error messages in English only. The app never switches zod's locale (z.config), but
 * @hono/zod-openapi passes the whole zod namespace to a function, which keeps every locale in the
 * bundle; here each locale export resolves to the English one.
 * @type {import("esbuild").Plugin}
 */
export const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      return { contents: source.replace(/from "\.\/[\w-]+\.js"/g, 'from "./en.js"'), loader: "js", resolveDir: args.path.replace(/[\\/][^\\/]+$/, "") };
    });
  },
};

export default [zodNamespaceImport, zodEnglishOnly];
