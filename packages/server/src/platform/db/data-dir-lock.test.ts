import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock.ts";
import { openDatabase } from "./database.ts";
import { migrateDatabase } from "./migrate.ts";
import { workspaces } from "./schema.ts";

const freshDir = () => mkdtempSync(path.join(tmpdir(), "tp-lock-"));

describe("one process per embedded data folder", () => {
  it("refuses a second holder with a message naming the holder", () => {
    const dir = freshDir();
    const first = lockDataDir(dir, "touchpoint serve");
    const second = () => lockDataDir(dir, "touchpoint migrate");
    // The lock is per process: a second holder is simulated by a live pid that is not ours.
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      first.release();
      writeFileSync(
        path.join(dir, "touchpoint.lock"),
        JSON.stringify({ pid: child.pid, purpose: "touchpoint serve" }),
      );
      expect(second).toThrow(DataDirLockedError);
      expect(second).toThrow(`in use by process ${child.pid} (touchpoint serve)`);
    } finally {
      child.kill();
    }
  });

  it("takes over a lock left by a process that died", () => {
    const dir = freshDir();
    writeFileSync(
      path.join(dir, "touchpoint.lock"),
      JSON.stringify({ pid: 2 ** 22 + 17, purpose: "crashed" }),
    );
    const lock = lockDataDir(dir, "touchpoint serve");
    lock.release();
    expect(existsSync(path.join(dir, "touchpoint.lock"))).toBe(false);
  });

  it("keeps the data of a folder whose second opener was refused", async () => {
    const dir = freshDir();
    const database = await openDatabase({ engine: "embedded", dataDir: dir, purpose: "test" });
    await migrateDatabase(database);
    await database.db.execute(
      sql`insert into workspaces (workspace_id, slug, name) values (gen_random_uuid(), 'kept', 'Kept')`,
    );
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      // Pretend another live process holds it while we try to open it again.
      writeFileSync(
        path.join(dir, "touchpoint.lock"),
        JSON.stringify({ pid: child.pid, purpose: "touchpoint serve" }),
      );
      await expect(openDatabase({ engine: "embedded", dataDir: dir, purpose: "second" })).rejects.toThrow(
        DataDirLockedError,
      );
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
    }
    await database.close();
    const reopened = await openDatabase({ engine: "embedded", dataDir: dir, purpose: "test" });
    const result = await reopened.db.select({ slug: workspaces.slug }).from(workspaces);
    expect(result).toEqual([{ slug: "kept" }]);
    await reopened.close();
  });
});
