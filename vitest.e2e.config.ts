// Browser tests: a real server process and Debian's Chromium; run after the web app is built.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    globalSetup: ["e2e/demo-template.global.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
