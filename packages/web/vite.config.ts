// Vite build and dev server for the dashboard; the dev server forwards API calls to the local Touchpoint server.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const server = "http://127.0.0.1:3000";

export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // @touchpoint/core defines its zod schemas at module level. The dashboard uses only core's types and
        // permission table, so marking zod's builders pure lets the unused schemas (and zod) fall away.
        manualPureFunctions: ["z"],
      },
      output: {
        // Libraries change less often than the app, so they get their own long-cached chunks.
        codeSplitting: {
          groups: [
            {
              name: "react",
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 3,
            },
            { name: "mantine", test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/, priority: 2 },
            // zod arrives through @touchpoint/core's index; kept apart so its weight stays visible.
            { name: "zod", test: /node_modules[\\/]zod[\\/]/, priority: 2 },
            { name: "vendor", test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": server,
      "/healthz": server,
      "/widget.js": server,
    },
  },
});
