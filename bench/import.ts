// Streaming import at scale: rows/s of the JSONL import path, and memory sampled while it runs, to show
// memory stays flat however many rows go through. Run: npm run bench -- import (BENCH_IMPORT_ROWS=1000000).
import { Readable } from "node:stream";
import { exampleNpsSurvey } from "@touchpoint/core";
import { importResponses } from "../packages/server/src/modules/responses/import.ts";
import { createTestApp, seedWorkspace } from "../packages/server/src/testing/test-app.ts";
import type { Engine } from "../packages/server/src/testing/test-database.ts";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 200_000);
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const engines: Engine[] = process.env.BENCH_DATABASE_URL ? ["postgres", "embedded"] : ["embedded"];

function* lines() {
  for (let n = 0; n < ROWS; n++) {
    const nps = n % 11;
    yield `${JSON.stringify({
      clientResponseId: `imp-${n}`,
      answers: { nps, ...(nps <= 6 ? { reason: `Chờ lâu ${n}` } : {}), ...(nps >= 9 ? { csat: 5 } : {}) },
      hidden: { touchpoint: n % 2 ? "app" : "branch" },
      submittedAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
    })}\n`;
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

for (const engine of engines) {
  const t = await createTestApp(engine);
  const ws = await seedWorkspace(t);
  const headers = { authorization: `Bearer ${ws.keys.analyst}` };
  const created = await t.app.inject({
    method: "POST",
    url: "/api/v1/surveys",
    headers,
    payload: { definition: exampleNpsSurvey() },
  });
  const surveyId = (created.json() as { id: string }).id;
  await t.app.inject({
    method: "POST",
    url: `/api/v1/surveys/${surveyId}/status`,
    headers,
    payload: { status: "live" },
  });
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const samples: number[] = [];
  const start = performance.now();
  const deps = { database: t.testDb.database, jobs: t.jobs, clock: t.clock };
  const report = await importResponses(
    deps,
    ws.workspaceId,
    surveyId,
    "jsonl",
    Readable.from(lines()),
    () => {
      samples.push(process.memoryUsage().heapUsed);
    },
  );
  const seconds = (performance.now() - start) / 1000;
  const tenth = samples[Math.floor(samples.length / 10)] ?? 0;
  console.log(
    JSON.stringify({
      bench: "import",
      engine,
      rows: report.rows,
      stored: report.stored,
      seconds: Math.round(seconds * 10) / 10,
      rowsPerSecond: Math.round(report.rows / seconds),
      heapBeforeMb: mb(heapBefore),
      heapAt10PercentMb: mb(tenth),
      heapPeakMb: mb(Math.max(...samples)),
      rssMb: mb(process.memoryUsage().rss),
    }),
  );
  await t.dispose();
}
