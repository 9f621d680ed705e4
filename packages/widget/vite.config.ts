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
    rolldownOptions: {
      // The widget uses core's pure logic (walkSurvey, pipeText, chooseLanguage, isAnswered), whose files
      // also build zod schemas at module level. Building a schema has no side effect, so calls on `z` are
      // declared pure: unused schemas, and with them all of zod (≈ 25 kB gzip), are tree-shaken away.
      treeshake: { manualPureFunctions: ["z"] },
    },
  },
});
