// A progress bar on stderr for long CLI work; stdout stays clean for what the command prints.
import { SingleBar } from "cli-progress";
import type { Progress } from "../platform/progress.ts";

export function progressBar(): Progress {
  const bar = new SingleBar({
    format: " {bar} {value}/{total} {label}",
    stream: process.stderr,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 2000,
  });
  return {
    start: (total) => bar.start(total, 0, { label: "" }),
    advance: (label) => bar.increment({ label }),
    stop: () => bar.stop(),
  };
}
