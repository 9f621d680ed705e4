// `npm run bench [-- name…]`: runs the named benchmarks (all by default), one process each.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const dir = import.meta.dirname;
const all = readdirSync(dir)
  .filter(
    (file) =>
      file.endsWith(".ts") && !["run.ts", "measure.ts", "load.ts", "analytics-baseline.ts"].includes(file),
  )
  .map((file) => file.replace(/\.ts$/, ""));
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;
let failed = false;
for (const name of chosen) {
  const result = spawnSync(process.execPath, [path.join(dir, `${name}.ts`)], { stdio: "inherit" });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
