// One process per embedded data folder: PGlite has no server to arbitrate writers, so a second opener must
// stop with a clear message instead of corrupting the folder.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still a live holder.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the folder's lock file atomically; a lock left by a dead process is taken over. */
export function lockDataDir(dataDir: string, purpose: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "touchpoint.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, purpose, since: new Date().toISOString() }));
      closeSync(fd);
      return {
        // Only our own lock is removed: after a takeover the file may name another process.
        release: () => {
          if (readHolder(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DataDirLockedError(
          `The embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.purpose}). ` +
            "Stop it first, use its HTTP API, or point DATABASE_URL at a PostgreSQL server to run several processes.",
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock ${dataDir}: another process keeps taking the lock.`);
}

function readHolder(lockPath: string): { pid: number; purpose: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, "utf8"));
    if (parsed && typeof parsed === "object" && "pid" in parsed && typeof parsed.pid === "number") {
      const purpose = "purpose" in parsed && typeof parsed.purpose === "string" ? parsed.purpose : "unknown";
      return { pid: parsed.pid, purpose };
    }
  } catch {
    // An unreadable or half-written lock file has no live holder we can name; it is treated as stale.
  }
  return undefined;
}
