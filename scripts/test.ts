// `npm test`: builds what the browser tests load, runs unit + integration tests, then browser tests, and
// ends with one line "N passed, N failed" summing every suite.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = mkdtempSync(path.join(tmpdir(), "tp-test-"));
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  return result.status ?? 1;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTestSuites: number;
  success: boolean;
}

function vitest(name: string, config: string): VitestReport {
  const outputFile = path.join(reports, `${name}.json`);
  const status = run(process.execPath, [
    path.join(root, "node_modules/vitest/vitest.mjs"),
    "run",
    "--config",
    config,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${outputFile}`,
  ]);
  if (!existsSync(outputFile)) {
    // The runner died before reporting: count the suite as one failure rather than as nothing.
    return {
      numPassedTests: 0,
      numFailedTests: 1,
      numPendingTests: 0,
      numTotalTestSuites: 0,
      success: false,
    };
  }
  const report = JSON.parse(readFileSync(outputFile, "utf8")) as VitestReport;
  if (status !== 0 && report.numFailedTests === 0) report.numFailedTests = 1;
  return report;
}

if (run("npm", ["run", "build", "--silent"]) !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const suites = [vitest("unit", "vitest.config.ts")];
if (process.env.TOUCHPOINT_SKIP_E2E === "1") {
  console.log("Browser tests skipped (TOUCHPOINT_SKIP_E2E=1).");
} else if (!existsSync(chromium)) {
  console.error(
    `Browser tests need Chromium at ${chromium}: apt-get install chromium (or set CHROMIUM_PATH).`,
  );
  suites.push({
    numPassedTests: 0,
    numFailedTests: 1,
    numPendingTests: 0,
    numTotalTestSuites: 0,
    success: false,
  });
} else {
  suites.push(vitest("e2e", "vitest.e2e.config.ts"));
}
const passed = suites.reduce((sum, suite) => sum + suite.numPassedTests, 0);
const failed = suites.reduce((sum, suite) => sum + suite.numFailedTests, 0);
const skipped = suites.reduce((sum, suite) => sum + suite.numPendingTests, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
