import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../platform/http/app.ts";
import { newId } from "../../platform/ids.ts";
import { createTestApp, type SeededWorkspace, seedWorkspace, type TestApp } from "../../testing/test-app.ts";
import { countCompletedResponse } from "../responses/jobs.ts";
import { responses } from "../responses/schema.ts";
import { openEventStream } from "./live-events-test-stream.ts";
import { analyticsSurvey, createSurvey, ingestResponses } from "./query-test-fixtures.ts";
import { LISTENER_APPLICATION_NAME } from "./rollup-listener.ts";
import { rollupNotificationSchema, rollupPayloads } from "./rollup-notify.ts";

const run = promisify(execFile);
const moduleUrl = (file: string) => pathToFileURL(path.resolve(import.meta.dirname, file)).href;

/** A separate process (a worker, or another API process) that drains one workspace's rollup queue. */
async function drainInAnotherProcess(url: string, workspaceId: string) {
  const script = `
    import { openDatabase } from ${JSON.stringify(moduleUrl("../../platform/db/database.ts"))};
    import { drainRollups } from ${JSON.stringify(moduleUrl("./jobs.ts"))};
    const database = await openDatabase({ engine: "postgres", url: process.env.TP_URL, poolSize: 1 });
    try { await drainRollups(database, process.env.TP_WORKSPACE); } finally { await database.close(); }`;
  await run(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, TP_URL: url, TP_WORKSPACE: workspaceId },
  });
}

/** Stores one completed response and counts it (its rollup waits in the queue), without draining. */
async function countWithoutDraining(t: TestApp, workspaceId: string, surveyId: string) {
  const completedAt = new Date("2026-11-20T05:00:00Z");
  const id = newId();
  await t.testDb.database.db.insert(responses).values({
    workspaceId,
    id,
    surveyId,
    surveyVersion: 1,
    status: "completed",
    answers: { nps: 9 },
    hidden: {},
    language: "vi",
    channel: "web",
    startedAt: completedAt,
    completedAt,
    createdAt: completedAt,
    updatedAt: completedAt,
  });
  await countCompletedResponse(
    { database: t.testDb.database, clock: t.clock, jobs: t.jobs },
    { workspaceId, responseId: id },
  );
}

/** Open LISTEN connections of Touchpoint processes on the database, once they are listening. */
async function listeners(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = $1 and query ilike 'LISTEN%'",
      [LISTENER_APPLICATION_NAME],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

async function untilListeners(url: string, expected: number) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if ((await listeners(url)) === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never saw ${expected} rollup listeners`);
}

const baseOf = (app: App) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

describe("rollup notification payloads", () => {
  it("splits many survey ids into payloads under PostgreSQL's 8000-byte limit, losing none", () => {
    const surveyIds = Array.from({ length: 600 }, () => newId());
    const payloads = rollupPayloads("ws-1", surveyIds, "origin-1");
    expect(payloads.length).toBeGreaterThan(1);
    const parsed = payloads.map((payload) => {
      expect(Buffer.byteLength(payload)).toBeLessThan(8000);
      return rollupNotificationSchema.parse(JSON.parse(payload));
    });
    expect(parsed.flatMap((p) => p.surveyIds)).toEqual(surveyIds);
    expect(new Set(parsed.map((p) => `${p.origin}/${p.workspaceId}`))).toEqual(new Set(["origin-1/ws-1"]));
  });

  it("sends one payload for a usual batch", () => {
    expect(rollupPayloads("ws-1", ["s1", "s2"], "o")).toEqual([
      '{"origin":"o","workspaceId":"ws-1","surveyIds":["s1","s2"]}',
    ]);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("rollup events across processes on PostgreSQL", () => {
  let t: TestApp;
  let second: App;
  let url: string;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  const aborts = new AbortController();

  beforeAll(async () => {
    t = await createTestApp("postgres");
    url = t.testDb.url as string;
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
    // A second API process would be built the same way over the same database.
    second = await buildApp({
      config: { bodyLimit: 1_048_576, rateLimitPerMinute: 10_000, trustProxy: false, logLevel: "silent" },
      database: t.testDb.database,
      jobs: t.jobs,
      clock: t.clock,
      secret: "test-secret-test-secret-test-secret",
      logger: false,
    });
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    await second.listen({ port: 0, host: "127.0.0.1" });
    await untilListeners(url, 2);
  }, 60_000);
  afterAll(async () => {
    aborts.abort();
    await second?.close();
    await t?.dispose();
  });

  it("delivers another process's drain to every app's clients of that workspace only", {
    timeout: 60_000,
  }, async () => {
    const surveyId = await createSurvey(t, ws, analyticsSurvey());
    const otherSurveyId = await createSurvey(t, other, analyticsSurvey());
    const onFirst = await openEventStream(baseOf(t.app), ws.keys.viewer, aborts.signal);
    const onSecond = await openEventStream(baseOf(second), ws.keys.viewer, aborts.signal);
    const theirs = await openEventStream(baseOf(second), other.keys.viewer, aborts.signal);
    await Promise.all([onFirst, onSecond, theirs].map((s) => s.until(": connected")));

    await countWithoutDraining(t, ws.workspaceId, surveyId);
    await drainInAnotherProcess(url, ws.workspaceId);
    const event = `event: rollup\ndata: {"surveyIds":["${surveyId}"]}\n\n`;
    await onFirst.until(event);
    await onSecond.until(event);

    await countWithoutDraining(t, other.workspaceId, otherSurveyId);
    await drainInAnotherProcess(url, other.workspaceId);
    // Notifications arrive in commit order: had ours reached the other workspace, it would be there by now.
    expect(await theirs.until(otherSurveyId)).not.toContain(surveyId);
    expect(onSecond.text()).not.toContain(otherSurveyId);
  });

  it("delivers a drain of its own process once, through the in-process path", {
    timeout: 60_000,
  }, async () => {
    const local = await createSurvey(t, ws, analyticsSurvey());
    const remote = await createSurvey(t, ws, analyticsSurvey());
    const stream = await openEventStream(baseOf(t.app), ws.keys.viewer, aborts.signal);
    await stream.until(": connected");

    await ingestResponses(t, ws.workspaceId, local, [{ answers: { nps: 9 }, day: "2026-11-20" }]);
    await countWithoutDraining(t, ws.workspaceId, remote);
    await drainInAnotherProcess(url, ws.workspaceId);
    // The remote drain committed after the local one, so a second copy of the local event would precede it.
    const text = await stream.until(remote);
    expect(text.split(local).length - 1).toBe(1);
  });

  it("listens again after its connection is killed, without crashing", { timeout: 60_000 }, async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = $1",
      [LISTENER_APPLICATION_NAME],
    );
    await admin.end();
    await untilListeners(url, 2);

    const surveyId = await createSurvey(t, ws, analyticsSurvey());
    const stream = await openEventStream(baseOf(second), ws.keys.viewer, aborts.signal);
    await stream.until(": connected");
    await countWithoutDraining(t, ws.workspaceId, surveyId);
    await drainInAnotherProcess(url, ws.workspaceId);
    await stream.until(surveyId);
  });

  it("closes its LISTEN connection when the app closes", async () => {
    await second.close();
    await untilListeners(url, 1);
    expect(await listeners(url)).toBe(1);
  });
});
