import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { promisify } from "node:util";
import type { Customer } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../platform/db/database.ts";
import { migrateDatabase } from "../../platform/db/migrate.ts";
import type { ImportReport } from "../../platform/import/report.ts";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { systemActor } from "../platform/caller.ts";
import { createWorkspace } from "../platform/workspaces.ts";
import { importInteractions } from "./interactions-import.ts";
import { findByEventIds } from "./interactions-repo.ts";

const HEADER =
  "event_id,customer_external_id,customer_email,customer_phone,customer_name,channel,touchpoint,type,occurred_at,outcome,effort,duration_seconds,agent,note,meta.branch,meta.amount";

/** One CSV line from named cells; commas and quotes in a cell are quoted. */
function csvLine(cells: Record<string, string | number | undefined>) {
  return HEADER.split(",")
    .map((column) => {
      const cell = String(cells[column] ?? "");
      return /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    })
    .join(",");
}

/** A generated file of n good rows over `customers` customers, each named by email, local phone or CRM id. */
function generatedRows(n: number, customers: number, prefix: string) {
  return Array.from({ length: n }, (_, i) => {
    const c = i % customers;
    const named =
      c % 3 === 0
        ? { customer_email: `${prefix}.${c}@example.vn` }
        : c % 3 === 1
          ? { customer_phone: `09${String(c).padStart(8, "0")}` }
          : { customer_external_id: `${prefix}-KH-${c}` };
    return {
      event_id: `${prefix}-${i}`,
      ...named,
      channel: ["app", "web", "branch", "phone"][i % 4] ?? "app",
      type: i % 4 === 3 ? "call" : "login",
      occurred_at: new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString(),
      outcome: i % 5 === 0 ? "failure" : "success",
    };
  });
}

describe.each(testEngines)("interactions import on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const deps = () => ({ database: t.testDb.database, clock: t.clock, jobs: t.jobs });
  const run = (format: "csv" | "jsonl", text: string) =>
    importInteractions(deps(), ws.workspaceId, format, Readable.from([text]));
  const stored = (eventIds: string[]) => findByEventIds(t.testDb.database.db, ws.workspaceId, eventIds);

  it("stores good CSV rows with their metadata and reports bad ones with their line and field", async () => {
    const rows = [
      {
        event_id: "csv-1",
        customer_email: "Lan.Pham@Example.VN",
        customer_name: "Phạm Thị Lan",
        channel: "branch",
        touchpoint: "counter",
        type: "complaint",
        occurred_at: "2026-10-02T10:00:00+07:00",
        outcome: "failure",
        effort: "4,5",
        duration_seconds: 600,
        agent: "GDV-02",
        note: 'Khách nói: "phí quá cao",\nmuốn đóng tài khoản',
        "meta.branch": "HN-01",
        "meta.amount": "0500",
      },
      {
        event_id: "csv-2",
        customer_email: "lan.pham@",
        channel: "app",
        type: "login",
        occurred_at: "2026-10-02T11:00:00Z",
      },
      {
        event_id: "csv-3",
        customer_phone: "0912 345 678",
        channel: "fax",
        type: "login",
        occurred_at: "2026-10-02T11:00:00Z",
      },
      {
        event_id: "csv-4",
        customer_phone: "+84912345678",
        channel: "phone",
        type: "call",
        occurred_at: "2026-10-03T08:00:00Z",
        duration_seconds: "long",
      },
      {
        event_id: "csv-5",
        customer_phone: "+84 912 345 678",
        channel: "phone",
        type: "call",
        occurred_at: "2026-10-03T09:00:00Z",
      },
    ];
    // The first row's note spans two lines, so every later row starts one line further down.
    const report = await run("csv", [HEADER, ...rows.map(csvLine)].join("\n"));
    expect(report).toMatchObject({ rows: 5, stored: 2, duplicates: 0, failed: 3 });
    expect(report.errors.map((e) => [e.row, e.errors.map((f) => f.path)])).toEqual([
      [4, ["customer.email"]],
      [5, ["channel"]],
      [6, ["durationSeconds"]],
    ]);
    const byEvent = await stored(rows.map((row) => row.event_id));
    expect([...byEvent.keys()].sort()).toEqual(["csv-1", "csv-5"]);
    expect(byEvent.get("csv-1")).toMatchObject({
      channel: "branch",
      touchpoint: "counter",
      type: "complaint",
      occurredAt: new Date("2026-10-02T03:00:00Z"),
      outcome: "failure",
      effort: 4.5,
      durationSeconds: 600,
      agent: "GDV-02",
      note: rows[0]?.note,
      metadata: { branch: "HN-01", amount: "0500" },
    });
    const customer = await t.app.inject({
      method: "GET",
      url: `/api/v1/customers/${byEvent.get("csv-1")?.customerId}`,
      headers: bearer(ws.keys.viewer),
    });
    expect(json<Customer>(customer)).toMatchObject({ name: "Phạm Thị Lan", emails: ["lan.pham@example.vn"] });
  });

  it("imports JSONL, counts events already stored as duplicates, and reports lines that are not JSON", async () => {
    const lines = [
      JSON.stringify({
        eventId: "jsonl-1",
        customer: { externalId: "CRM-9" },
        channel: "web",
        type: "checkout",
        occurredAt: "2026-10-04T12:00:00Z",
        metadata: { cart: 3, coupon: null },
      }),
      "{not json",
      JSON.stringify({
        eventId: "csv-1",
        customer: { email: "x@example.vn" },
        channel: "web",
        type: "login",
        occurredAt: "2026-10-04T12:00:00Z",
      }),
      "",
      JSON.stringify({
        customer: { phone: "12" },
        channel: "web",
        type: "Login!",
        occurredAt: "2026-10-04T12:00:00Z",
      }),
    ].join("\n");
    const report = await run("jsonl", lines);
    expect(report).toMatchObject({ rows: 4, stored: 1, duplicates: 1, failed: 2 });
    expect(report.errors.map((e) => [e.row, e.errors.map((f) => f.path).sort()])).toEqual([
      [2, [""]],
      [5, ["customer.phone", "type"]],
    ]);
    expect((await stored(["jsonl-1"])).get("jsonl-1")?.metadata).toEqual({ cart: 3, coupon: null });
    expect(await run("jsonl", lines)).toMatchObject({ stored: 0, duplicates: 2, failed: 2 });
  });

  it("streams a generated file across batches: every good row stored once, one customer per person", async () => {
    const customers = 40;
    const rows = generatedRows(1234, customers, "gen");
    const bad = 700;
    const lines = rows.map((row, i) => csvLine(i === bad ? { ...row, occurred_at: "hôm qua" } : row));
    const progress: number[] = [];
    const report = await importInteractions(
      deps(),
      ws.workspaceId,
      "csv",
      Readable.from([HEADER, ...lines].map((line) => `${line}\n`)),
      (n) => progress.push(n),
    );
    expect(report).toMatchObject({ rows: rows.length, stored: rows.length - 1, duplicates: 0, failed: 1 });
    expect(report.errors).toEqual([
      { row: bad + 2, errors: [{ path: "occurredAt", message: expect.any(String) }] },
    ]);
    expect(progress.length).toBe(Math.ceil((rows.length - 1) / 500));
    const byEvent = await stored(rows.map((row) => row.event_id));
    expect(byEvent.size).toBe(rows.length - 1);
    expect(new Set([...byEvent.values()].map((row) => row.customerId)).size).toBe(customers);
  });

  it("refuses a file with a column it does not know before storing anything", async () => {
    const csv = [
      `${HEADER},branch_code,meta.branch name`,
      `${csvLine(generatedRows(1, 1, "unknown")[0] ?? {})},HN-1,Hà Nội 1`,
    ].join("\n");
    await expect(run("csv", csv)).rejects.toMatchObject({
      status: 400,
      errors: [
        { path: "columns.branch_code", message: "unknown column" },
        { path: "columns.meta.branch name", message: "unknown column" },
      ],
    });
    expect((await stored(["unknown-0"])).size).toBe(0);
  });

  it("answers a CSV it cannot read (a quote never closed) with a 400 naming the line", async () => {
    const [row] = generatedRows(1, 1, "quote");
    const csv = [HEADER, csvLine(row ?? {}), `"quote-1,"broken`].join("\n");
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/interactions/import",
      headers: { ...bearer(ws.keys.agent), "content-type": "text/csv" },
      payload: csv,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(json<{ errors: { path: string }[] }>(response).errors[0]?.path).toMatch(/^line\.\d+$/);
  });

  it("imports over HTTP from text/csv, and refuses other content types with 415", async () => {
    const rows = generatedRows(3, 3, "http");
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/interactions/import",
      headers: { ...bearer(ws.keys.agent), "content-type": "text/csv" },
      payload: [HEADER, ...rows.map(csvLine)].join("\n"),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(json<ImportReport>(response)).toMatchObject({ rows: 3, stored: 3, failed: 0 });
    const xml = await t.app.inject({
      method: "POST",
      url: "/api/v1/interactions/import",
      headers: { ...bearer(ws.keys.agent), "content-type": "application/xml" },
      payload: "<x/>",
    });
    expect(xml.statusCode).toBe(415);
    const viewer = await t.app.inject({
      method: "POST",
      url: "/api/v1/interactions/import",
      headers: { ...bearer(ws.keys.viewer), "content-type": "text/csv" },
      payload: HEADER,
    });
    expect(viewer.statusCode).toBe(403);
  });
});

describe("touchpoint interactions import", () => {
  const bin = path.resolve(import.meta.dirname, "../../../bin/touchpoint.js");
  const dir = mkdtempSync(path.join(tmpdir(), "tp-interactions-"));
  const dataDir = path.join(dir, "data");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports a file into the workspace, prints bad rows with their line, and exits with 2", async () => {
    const database = await openDatabase({ engine: "embedded", dataDir, purpose: "test" });
    await migrateDatabase(database);
    const workspace = await database.transaction((tx) =>
      createWorkspace(tx, "Ngân hàng Sao Mai", systemActor),
    );
    await database.close();
    const rows = generatedRows(20, 5, "cli");
    const file = path.join(dir, "interactions.csv");
    writeFileSync(
      file,
      [HEADER, ...rows.map((row, i) => csvLine(i === 3 ? { ...row, channel: "pigeon" } : row))].join("\n"),
    );
    const failure = await promisify(execFile)(
      process.execPath,
      [bin, "interactions", "import", file, "--workspace", workspace.slug],
      { env: { ...process.env, TOUCHPOINT_DATA_DIR: dataDir, DATABASE_URL: "" } },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    const { stdout, stderr } = failure as { stdout: string; stderr: string };
    expect(stdout.trim()).toBe(
      `${rows.length} rows: ${rows.length - 1} stored, 0 already present, 1 failed.`,
    );
    expect(stderr).toContain("row 5: channel");
  });
});
