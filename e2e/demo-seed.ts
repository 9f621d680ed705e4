// The demo bank for browser tests: `touchpoint seed --demo` into a fresh data folder, and its owner's login.
import { spawn } from "node:child_process";
import path from "node:path";

export const DEMO_OWNER = "owner@demo.touchpoint.local";
export const DEMO_PASSWORD = "touchpoint-demo";

/** A year of the demo bank's feedback, analysed, in `dataDir`; rejects with the seed's output on failure. */
export function seedDemo(dataDir: string): Promise<void> {
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
