import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as customersRepo from "../../modules/customers/repo.ts";
import { systemActor } from "../../modules/platform/caller.ts";
import { createWorkspace } from "../../modules/platform/workspaces.ts";
import { openDatabase } from "../../platform/db/database.ts";
import { migrateDatabase } from "../../platform/db/migrate.ts";

const main = path.resolve(import.meta.dirname, "../main.ts");

describe("touchpoint customers import", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tp-customers-import-"));
  const dataDir = path.join(dir, "data");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const openData = async () => {
    const database = await openDatabase({ engine: "embedded", dataDir, purpose: "test" });
    await migrateDatabase(database);
    return database;
  };

  it("imports a CSV with --map, --mapping and --errors, shows the report and exits 2 when rows failed", async () => {
    const setup = await openData();
    const workspace = await createWorkspace(setup.db, "Ngân hàng Sen", systemActor);
    await customersRepo.upsertAttributeDefinition(
      setup.db,
      workspace.id,
      { key: "tier", label: { vi: "Hạng", en: "Tier" }, type: "string" },
      new Date(),
    );
    await setup.close();
    const csv = path.join(dir, "khách hàng.csv");
    writeFileSync(
      csv,
      "\uFEFFHọ tên;Số điện thoại;Thư;Hạng\nLý Thị Mai;0903 111 222;mai@example.vn;gold\nTô Văn Hùng;;không-phải-email;\nTô Hùng;+84 904 333 444;;silver\n",
    );
    const mapping = path.join(dir, "mapping.json");
    writeFileSync(mapping, JSON.stringify({ Thư: "email", Hạng: "attr.tier" }));
    const errors = path.join(dir, "errors.csv");

    const run = spawnSync(
      process.execPath,
      [
        main,
        "customers",
        "import",
        csv,
        "--workspace",
        workspace.slug,
        "--map",
        "Số điện thoại=phone",
        "--mapping",
        mapping,
        "--errors",
        errors,
      ],
      { encoding: "utf8", env: { ...process.env, TOUCHPOINT_DATA_DIR: dataDir, DATABASE_URL: "" } },
    );
    expect(run.stderr).toContain("row 3: Thư must be an email address");
    expect(run.stdout).toContain("3 rows: 2 stored, 0 already present, 1 failed.");
    expect(run.stdout).toContain("2 customers created, 0 updated.");
    expect(run.status).toBe(2);
    expect(readFileSync(errors, "utf8")).toBe("line,column,message\n3,Thư,must be an email address\n");

    const check = await openData();
    try {
      const { items } = await customersRepo.listCustomers(check.db, workspace.id, { limit: 10 });
      expect(
        items.map(({ name, emails, phones, attributes }) => ({ name, emails, phones, attributes })),
      ).toEqual([
        {
          name: "Lý Thị Mai",
          emails: ["mai@example.vn"],
          phones: ["+84903111222"],
          attributes: { tier: "gold" },
        },
        { name: "Tô Hùng", emails: [], phones: ["+84904333444"], attributes: { tier: "silver" } },
      ]);
    } finally {
      await check.close();
    }
  });
});
