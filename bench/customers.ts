// Customer import at scale: rows/s of `touchpoint customers import` on generated customers (Vietnamese
// names, emails, phones in mixed forms, typed attributes, a few repeat customers), with memory sampled at
// 10 %, 50 % and 100 % of the rows to show it stays flat; against resolving the same rows one by one
// with resolveCustomer (the online path) in transactions of the same size.
// Run: npm run bench -- customers (BENCH_CUSTOMERS_ROWS=1000000 for a million; BENCH_DATABASE_URL for
// PostgreSQL; BENCH_ENGINES=postgres to skip PGlite).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { importCustomers } from "../packages/server/src/modules/customers/customer-import.ts";
import * as customersRepo from "../packages/server/src/modules/customers/repo.ts";
import { resolveCustomer } from "../packages/server/src/modules/customers/resolve-customer.ts";
import { systemActor } from "../packages/server/src/modules/platform/caller.ts";
import { createWorkspace } from "../packages/server/src/modules/platform/workspaces.ts";
import { systemClock } from "../packages/server/src/platform/clock.ts";
import { type Database, openDatabase } from "../packages/server/src/platform/db/database.ts";
import { migrateDatabase } from "../packages/server/src/platform/db/migrate.ts";
import { createTestDatabase, type Engine } from "../packages/server/src/testing/test-database.ts";

const ROWS = Number(process.env.BENCH_CUSTOMERS_ROWS ?? 100_000);
const BASELINE_ROWS = Math.min(ROWS, Number(process.env.BENCH_CUSTOMERS_BASELINE_ROWS ?? 2_000));
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const available: Engine[] = process.env.BENCH_DATABASE_URL ? ["postgres", "embedded"] : ["embedded"];
/** BENCH_ENGINES=postgres runs one engine only (a million rows on PGlite takes a while). */
const engines = available.filter((engine) => process.env.BENCH_ENGINES?.split(",").includes(engine) ?? true);

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Quốc", "Thu", "Gia"];
const GIVEN = [
  "An",
  "Bình",
  "Chi",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hạnh",
  "Hoa",
  "Hùng",
  "Hương",
  "Khánh",
  "Lan",
];
const GIVEN_MORE = [
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Phong",
  "Phúc",
  "Quân",
  "Quỳnh",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trang",
  "Vy",
];
const NAMES = [...GIVEN, ...GIVEN_MORE];
const PREFIXES = ["90", "91", "93", "94", "96", "97", "98", "32", "33", "70", "77", "81", "85", "88"];
const TIERS = ["bronze", "silver", "gold", "platinum"];
const ascii = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();

/** Customer n's phone, written one of five ways people write Vietnamese mobile numbers. */
function phoneOf(n: number, form: number) {
  const prefix = PREFIXES[n % PREFIXES.length] ?? "90";
  const rest = String(n).padStart(7, "0");
  const national = `${prefix}${rest}`;
  switch (form % 5) {
    case 0:
      return `0${prefix}${rest.slice(0, 1)} ${rest.slice(1, 4)} ${rest.slice(4)}`;
    case 1:
      return `+84 ${prefix} ${rest.slice(0, 3)} ${rest.slice(3)}`;
    case 2:
      return `84${national}`;
    case 3:
      return `(0${prefix}) ${rest}`;
    default:
      return `0${prefix}-${rest.slice(0, 3)}-${rest.slice(3)}`;
  }
}

function rowOf(n: number) {
  // Every 25th row is an earlier customer again, by email, with the phone written another way.
  const customer = n % 25 === 24 ? n - 7 : n;
  const family = FAMILY[customer % FAMILY.length] ?? "";
  const given = NAMES[(customer * 7) % NAMES.length] ?? "";
  const name = `${family} ${MIDDLE[(customer * 3) % MIDDLE.length]} ${given}`;
  const email = `${ascii(given)}.${ascii(family)}${customer}@example.vn`;
  const joined = `${(customer % 28) + 1}/${(customer % 12) + 1}/20${10 + (customer % 16)}`;
  const tags = customer % 10 === 0 ? "vip;hà nội" : customer % 3 === 0 ? "hồ chí minh" : "";
  return [
    email,
    phoneOf(customer, n),
    name,
    TIERS[customer % TIERS.length],
    String(customer % 5000),
    customer % 7 === 0 ? "có" : "không",
    joined,
    tags,
    customer % 2 ? "yes" : "no",
  ].join(",");
}

const HEADER = "email,phone,name,attr.tier,attr.points,attr.vip,attr.joined,tags,consent.email";

/** The CSV generated as it is read, 1,000 lines a chunk: never a file, never all rows in memory. */
function* csv(rows: number) {
  yield `${HEADER}\n`;
  for (let start = 0; start < rows; start += 1000) {
    const lines: string[] = [];
    for (let n = start; n < Math.min(rows, start + 1000); n++) lines.push(rowOf(n));
    yield `${lines.join("\n")}\n`;
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const memory = () => {
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: mb(rss), heapMb: mb(heapUsed) };
};

async function openBenchDatabase(engine: Engine) {
  if (engine === "postgres") return createTestDatabase("postgres");
  // On disk, so that RSS measures the import and PGlite's buffers, not a database growing in memory.
  const dir = mkdtempSync(path.join(tmpdir(), "tp-bench-customers-"));
  const database = await openDatabase({ engine: "embedded", dataDir: dir, purpose: "bench" });
  await migrateDatabase(database);
  return {
    database,
    dispose: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function newWorkspace(database: Database, name: string) {
  const workspace = await createWorkspace(database.db, name, systemActor);
  const now = new Date();
  for (const [key, type] of [
    ["tier", "string"],
    ["points", "number"],
    ["vip", "boolean"],
    ["joined", "date"],
  ] as const) {
    await customersRepo.upsertAttributeDefinition(
      database.db,
      workspace.id,
      { key, label: { vi: key }, type },
      now,
    );
  }
  return workspace.id;
}

/** The online path, row by row, in transactions of 500 rows like the import's. */
async function baseline(database: Database, workspaceId: string) {
  const definitions = await customersRepo.listAttributeDefinitions(database.db, workspaceId);
  const start = performance.now();
  for (let first = 0; first < BASELINE_ROWS; first += 500) {
    await database.transaction(async (tx) => {
      for (let n = first; n < Math.min(BASELINE_ROWS, first + 500); n++) {
        const [email = "", phone = "", name = "", tier = "", points = "0"] = rowOf(n).split(",");
        const reference = { email, phone, name, attributes: { tier, points: Number(points) } };
        await resolveCustomer(tx, workspaceId, { reference, source: `bench:${n}` }, new Date(), definitions);
      }
    });
  }
  return Math.round(BASELINE_ROWS / ((performance.now() - start) / 1000));
}

for (const engine of engines) {
  const bench = await openBenchDatabase(engine);
  const { database } = bench;
  try {
    const workspaceId = await newWorkspace(database, `Bench ${engine} ${Date.now()}`);
    // Each sample also says when it was taken, so the rate between samples shows whether it holds up.
    const samples: Record<string, ReturnType<typeof memory> & { rows: number; seconds: number }> = {
      before: { rows: 0, seconds: 0, ...memory() },
    };
    let peakRssMb = 0;
    const marks = [
      [0.1, "at10Percent"],
      [0.5, "at50Percent"],
    ] as const;
    const start = performance.now();
    const report = await importCustomers(
      { database, clock: systemClock },
      workspaceId,
      Readable.from(csv(ROWS)),
      {
        fileName: "bench.csv",
        onProgress: ({ rows }) => {
          const now = { rows, seconds: Math.round(performance.now() - start) / 1000, ...memory() };
          peakRssMb = Math.max(peakRssMb, now.rssMb);
          for (const [fraction, label] of marks)
            if (!samples[label] && rows >= ROWS * fraction) samples[label] = now;
        },
      },
    );
    const seconds = (performance.now() - start) / 1000;
    samples.at100Percent = { rows: report.rows, seconds: Math.round(seconds * 1000) / 1000, ...memory() };
    const rowsPerSecond = Math.round(report.rows / seconds);
    const baselineRowsPerSecond = await baseline(
      database,
      await newWorkspace(database, `Baseline ${engine}`),
    );
    console.log(
      JSON.stringify({
        bench: "customers",
        engine,
        rows: report.rows,
        created: report.created,
        updated: report.updated,
        unchanged: report.duplicates,
        failed: report.failed,
        seconds: Math.round(seconds * 10) / 10,
        rowsPerSecond,
        memory: samples,
        peakRssMb: Math.max(peakRssMb, samples.at100Percent.rssMb),
        processMaxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        baseline: {
          path: "resolveCustomer per row",
          rows: BASELINE_ROWS,
          rowsPerSecond: baselineRowsPerSecond,
        },
        ratio: Math.round((rowsPerSecond / baselineRowsPerSecond) * 10) / 10,
      }),
    );
  } finally {
    await bench.dispose();
  }
}
