import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import * as customersRepo from "../../modules/customers/repo.ts";
import { systemActor } from "../../modules/platform/caller.ts";
import { auditLog } from "../../modules/platform/schema.ts";
import { createWorkspace } from "../../modules/platform/workspaces.ts";
import { openDatabase } from "../../platform/db/database.ts";
import { migrateDatabase } from "../../platform/db/migrate.ts";
import { newId } from "../../platform/ids.ts";

const main = path.resolve(import.meta.dirname, "../main.ts");

describe("touchpoint customers merge | unmerge | erase", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tp-customers-merge-"));
  const dataDir = path.join(dir, "data");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const openData = async () => {
    const database = await openDatabase({ engine: "embedded", dataDir, purpose: "test" });
    await migrateDatabase(database);
    return database;
  };
  const touchpoint = (...args: string[]) =>
    spawnSync(process.execPath, [main, "customers", ...args], {
      encoding: "utf8",
      env: { ...process.env, TOUCHPOINT_DATA_DIR: dataDir, DATABASE_URL: "", TOUCHPOINT_SECRET: "" },
    });

  // Four processes, each opening the embedded database: slower than the default limit on a busy machine.
  it("merges, undoes and erases from the command line, audited as the CLI", {
    timeout: 180_000,
  }, async () => {
    const setup = await openData();
    const workspace = await createWorkspace(setup.db, "Ngân hàng Sen", systemActor);
    const now = new Date();
    const [survivor, merged] = [newId(), newId()];
    for (const [id, name, email] of [
      [survivor, "Lý Thị Mai", "mai@example.vn"],
      [merged, null, "mai.ly@example.vn"],
    ] as const) {
      await customersRepo.insertCustomer(setup.db, {
        workspaceId: workspace.id,
        id,
        name,
        language: null,
        attributes: {},
        tags: [],
        consent: {},
        preferences: {},
        now,
      });
      await customersRepo.insertIdentities(
        setup.db,
        workspace.id,
        id,
        [{ kind: "email", system: "", value: email }],
        now,
      );
    }
    await setup.close();

    const merging = touchpoint("merge", survivor, merged, "--workspace", workspace.slug);
    expect(merging.stderr).toBe("");
    expect(merging.stdout).toContain(`Merged ${merged} into ${survivor}: moved 1 identities, 0 interactions`);
    const mergeId = /unmerge ([0-9a-f-]{36})/.exec(merging.stdout)?.[1] ?? "";
    const undoing = touchpoint("unmerge", mergeId, "--workspace", workspace.slug);
    expect(undoing.stdout).toBe(`Undid merge ${mergeId}: ${merged} is a customer of its own again.\n`);

    const unconfirmed = touchpoint("erase", survivor, "--workspace", workspace.slug);
    expect(unconfirmed.status).toBe(1);
    expect(unconfirmed.stderr).toContain("Erasing cannot be undone: add --yes to confirm.");
    const erasing = touchpoint("erase", survivor, "--workspace", workspace.slug, "--yes");
    expect(erasing.stdout).toMatch(/^Erased customer .+: 1 profiles, 0 responses, .*1 identities\.\n$/);

    const check = await openData();
    try {
      expect(await customersRepo.findCustomer(check.db, workspace.id, survivor)).toMatchObject({
        name: null,
        emails: [],
      });
      expect(await customersRepo.findCustomer(check.db, workspace.id, merged)).toMatchObject({
        emails: ["mai.ly@example.vn"],
        mergedInto: null,
      });
      const entries = await check.db.select().from(auditLog).where(eq(auditLog.workspaceId, workspace.id));
      expect(
        entries.filter((e) => e.action.startsWith("customers.")).map((e) => [e.action, e.actorLabel]),
      ).toEqual([
        ["customers.merge", "CLI customers merge"],
        ["customers.unmerge", "CLI customers unmerge"],
        ["customers.erase", "CLI customers erase"],
      ]);
    } finally {
      await check.close();
    }
  });
});
