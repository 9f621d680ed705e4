// Builds the widget as one self-contained script (IIFE) at dist/widget.js.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    lib: {
      entry: fileURLToPath(new URL("./src/index.ts", import.meta.url)),
      name: "TouchpointWidget",
      formats: ["iife"],
      fileName: () => "widget.js",
    },
  },
});
