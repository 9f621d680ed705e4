// The demo bank for browser tests: `touchpoint seed --demo` into a fresh data folder, and its owner's login.
import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";

export const DEMO_OWNER = "owner@demo.touchpoint.local";
export const DEMO_PASSWORD = "touchpoint-demo";

/** Written into the template once its seed has finished: a folder without it is not a usable demo. */
const SEEDED_MARK = ".seeded";

/**
 * A year of the demo bank's feedback, analysed, in `dataDir`: a copy of the run's template, which the first
 * caller seeds (test files run one at a time, so two callers never seed it together). Each test file gets
 * its own copy, so what one changes the next does not see.
 */
export async function seedDemo(dataDir: string): Promise<void> {
  const template = inject("demoTemplateDir");
  if (!existsSync(path.join(template, SEEDED_MARK))) {
    for (const entry of readdirSync(template))
      rmSync(path.join(template, entry), { recursive: true, force: true });
    await runSeed(template);
    writeFileSync(path.join(template, SEEDED_MARK), "");
  }
  cpSync(template, dataDir, { recursive: true, filter: (source) => path.basename(source) !== SEEDED_MARK });
}

/** `touchpoint seed --demo` into `dataDir`; rejects with the seed's output on failure. */
function runSeed(dataDir: string): Promise<void> {
  const bin = path.resolve(import.meta.dirname, "../packages/server/bin/touchpoint.js");
  const child = spawn(process.execPath, [bin, "seed", "--demo"], {
    env: { ...process.env, LOG_LEVEL: "warn", TOUCHPOINT_DATA_DIR: dataDir },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`seed exited with ${code}:\n${output}`)),
    );
  });
}
