import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server serves dist/ itself (apps/server/src/http/app.ts) under a strict Content-Security-Policy:
// no inline scripts or styles, so nothing here may inject any.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The polyfill would be inlined into the entry; every browser we support has modulepreload.
    modulePreload: { polyfill: false },
    // Small assets are inlined as data: URLs; keep them files so the CSP's img-src stays simple.
    assetsInlineLimit: 0,
    sourcemap: false,
    // The real budget (the chat route at most 200 KB gzipped) is measured by the e2e tests and `npm run bench`.
    chunkSizeWarningLimit: 700,
    // dist/.vite/manifest.json: which chunks each route loads (scripts/web-bundle.ts measures them).
    manifest: true,
  },
  server: {
    // `npm run dev -w @between/web` next to a running server: the API lives on the server's port.
    proxy: { "/api": { target: "http://127.0.0.1:8787", changeOrigin: false } },
  },
});
