import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

// The server serves dist/ at "/" under a CSP without inline scripts or <style>
// blocks, so everything ships as external files referenced from index.html.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Maps are written for debugging but not referenced from the served bundles.
    sourcemap: "hidden",
    // Inlined assets would become data: URLs the CSP may refuse.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } },
  },
});
