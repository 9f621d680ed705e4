// Fails when the built widget exceeds its budget: 25 kB gzip, because it loads on customers' own pages.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 25 * 1024;
const bundle = readFileSync(new URL("../packages/widget/dist/widget.js", import.meta.url));
const gzipped = gzipSync(bundle, { level: 9 }).length;
console.log(`widget.js: ${bundle.length} B, ${gzipped} B gzip (budget ${BUDGET_BYTES} B)`);
if (gzipped > BUDGET_BYTES) {
  console.error("widget.js is over its size budget");
  process.exit(1);
}
