// Test support: reads the reference values in ../shared/data (public R outputs and published tests), which
// are never copied into the repository; tests skip when the folder is absent.
import { existsSync, readFileSync } from "node:fs";

const SHARED_DATA = new URL("../../../../../shared/data/", import.meta.url);

/** The parsed JSON file at `path` under ../shared/data, or undefined when it is not there. */
export function readReference<T>(path: string): T | undefined {
  const url = new URL(path, SHARED_DATA);
  return existsSync(url) ? (JSON.parse(readFileSync(url, "utf8")) as T) : undefined;
}
