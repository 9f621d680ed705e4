import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { createTestApp, seedWorkspace, type TestApp } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { drainRollups, onRollupApplied, type RollupApplied, sweepRollups } from "./jobs.ts";
import { ROLLUP_JOB } from "./queue-rollup.ts";
import { rebuildRollups } from "./rebuild.ts";
import { claimPending, lockWorkspaceRollups, responseIdIn } from "./rollup-repo.ts";
import { addToRollups, completedResponse } from "./rollup-statements.ts";
import {
  countResponses,
  ingest,
  randomResponses,
  seededRandom,
  storeResponses,
  type TestQuestion,
  type TestResponse,
} from "./rollup-test-fixtures.ts";
import { getAnalyticsSettings } from "./settings.ts";
import {
  readChoiceCounts,
  readCompletion,
  readPairMoments,
  readScoreStats,
  type StatsScope,
} from "./stats-reader.ts";

const QUESTIONS: TestQuestion[] = [
  { id: "nps", kind: "nps" },
  { id: "csat", kind: "csat" },
  { id: "goal", kind: "goal_completion" },
  { id: "reason", kind: "multiple_choice" },
];

describe.each(testEngines)("rollup maintenance on %s", (engine) => {
  let t: TestApp;
  const random = seededRandom(7);

  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.dispose());

  /** A fresh workspace with one survey and `count` generated responses, stored but not counted. */
  async function fixture(count: number) {
    const { workspaceId } = await seedWorkspace(t);
    const surveyId = newId();
    const rows = randomResponses(random, { workspaceId, surveyId, questions: QUESTIONS }, count);
    const scope: StatsScope = { workspaceId, timeZone: "Asia/Ho_Chi_Minh", surveyId };
    return { workspaceId, surveyId, rows, scope };
  }

  const completedOf = (rows: TestResponse[]) => rows.filter((row) => row.status === "completed").length;
  const pendingOf = async (workspaceId: string) => {
    const result = (await t.testDb.database.db.execute(
      sql`select count(*)::int as n from analytics_pending where workspace_id = ${workspaceId}`,
    )) as unknown as { rows: { n: number }[] };
    return Number(result.rows[0]?.n);
  };

  /** Every reader from the rollups equals the raw rows over the whole survey, grouped by week. */
  async function expectRollupsMatchRaw(scope: StatsScope) {
    const { database } = t.testDb;
    const week = { kind: "week" } as const;
    for (const read of [
      (prefer: "rollup" | "raw") => readScoreStats(database, scope, "nps", week, prefer),
      (prefer: "rollup" | "raw") => readChoiceCounts(database, scope, "reason", week, prefer),
      (prefer: "rollup" | "raw") => readPairMoments(database, scope, ["nps", "csat", "goal"], prefer),
      (prefer: "rollup" | "raw") => readCompletion(database, scope, prefer),
    ]) {
      const [rollup, raw] = [await read("rollup"), await read("raw")];
      expect({ ...rollup, source: "" }).toEqual({ ...raw, source: "" });
    }
  }

  it("applies each response once when the drain runs twice or two drains run side by side", async () => {
    const { workspaceId, rows, scope } = await fixture(150);
    await ingest(t, rows);
    expect(await pendingOf(workspaceId)).toBe(completedOf(rows));
    // Small batches, so the two drains interleave many transactions over the same rollup keys.
    const [first, second] = await Promise.all([
      drainRollups(t.testDb.database, workspaceId, 7),
      drainRollups(t.testDb.database, workspaceId, 7),
    ]);
    expect(first + second).toBe(completedOf(rows));
    await t.jobs.runDue(ROLLUP_JOB);
    expect(await drainRollups(t.testDb.database, workspaceId)).toBe(0);
    expect(await pendingOf(workspaceId)).toBe(0);
    expect((await readCompletion(t.testDb.database, scope, "rollup")).completed).toBe(completedOf(rows));
    await expectRollupsMatchRaw(scope);
  });

  it("counts a response completed while a rebuild runs exactly once", async () => {
    const { workspaceId, rows, scope } = await fixture(240);
    await storeResponses(t, rows);
    await countResponses(t, rows.slice(0, 120));
    await t.jobs.runDue(ROLLUP_JOB);
    // The rest are counted in three streams while the rebuild reads and rewrites the survey's rollups.
    const rest = rows.slice(120);
    await Promise.all([
      rebuildRollups(t.testDb.database, { workspaceId }),
      countResponses(t, rest.slice(0, 40)),
      countResponses(t, rest.slice(40, 80)),
      countResponses(t, rest.slice(80)),
    ]);
    await t.jobs.runDue(ROLLUP_JOB);
    expect(await pendingOf(workspaceId)).toBe(0);
    expect((await readCompletion(t.testDb.database, scope, "rollup")).completed).toBe(completedOf(rows));
    await expectRollupsMatchRaw(scope);
  });

  it.skipIf(engine !== "postgres")(
    "rebuilds from a fresh snapshot when a drain commits while the rebuild waits for the lock",
    async () => {
      const { workspaceId, rows, scope } = await fixture(80);
      await ingest(t, rows);
      const { database } = t.testDb;
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // A drain's transaction, held open between its writes and its commit.
      const drain = database.transaction(async (tx) => {
        await lockWorkspaceRollups(tx, workspaceId, "shared");
        const ids = await claimPending(tx, workspaceId, 1_000);
        await addToRollups(tx, {
          where: sql`${responseIdIn(workspaceId, ids)} and ${completedResponse}`,
          timeZone: scope.timeZone,
        });
        await held;
      });
      const rebuild = rebuildRollups(database, { workspaceId });
      // The rebuild has taken its snapshot and waits for the lock: now the drain commits.
      for (let waiting = 0; waiting === 0; ) {
        const result = (await database.db.execute(
          sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`,
        )) as unknown as { rows: { n: number }[] };
        waiting = Number(result.rows[0]?.n);
      }
      release();
      await Promise.all([drain, rebuild]);
      expect(await pendingOf(workspaceId)).toBe(0);
      expect((await readCompletion(database, scope, "rollup")).completed).toBe(completedOf(rows));
      await expectRollupsMatchRaw(scope);
    },
  );

  it("catches up on responses whose jobs never ran, with the sweep", async () => {
    const { workspaceId, rows, scope } = await fixture(60);
    await ingest(t, rows);
    // As after downtime: the queued jobs are gone, the pending rows are not.
    await t.testDb.database.db.execute(sql`delete from job_outbox where queue = ${ROLLUP_JOB}`);
    expect((await readCompletion(t.testDb.database, scope, "rollup")).completed).toBe(0);
    expect(await sweepRollups(t.testDb.database)).toBeGreaterThanOrEqual(completedOf(rows));
    expect(await pendingOf(workspaceId)).toBe(0);
    expect((await readCompletion(t.testDb.database, scope, "rollup")).completed).toBe(completedOf(rows));
    await expectRollupsMatchRaw(scope);
  });

  it("queues one drain per workspace however many responses arrive", async () => {
    const { workspaceId, rows } = await fixture(40);
    await ingest(t, rows);
    await t.jobs.relay();
    const result = (await t.testDb.database.db.execute(
      sql`select count(*)::int as n from pgboss.job
        where name = ${ROLLUP_JOB} and singleton_key = ${workspaceId} and state = 'created'`,
    )) as unknown as { rows: { n: number }[] };
    expect(Number(result.rows[0]?.n)).toBe(1);
    await t.jobs.runDue(ROLLUP_JOB);
    expect(await pendingOf(workspaceId)).toBe(0);
  });

  it("tells listeners which surveys each committed batch changed", async () => {
    const { workspaceId, surveyId, rows } = await fixture(20);
    await ingest(t, rows);
    const heard: RollupApplied[] = [];
    const stop = onRollupApplied((event) => heard.push(event));
    await drainRollups(t.testDb.database, workspaceId);
    stop();
    expect(heard).toEqual([{ workspaceId, surveyIds: [surveyId] }]);
  });

  it("never shows another workspace's responses, even under the same survey id", async () => {
    const a = await fixture(30);
    const { workspaceId: other } = await seedWorkspace(t);
    const intruders = randomResponses(
      random,
      { workspaceId: other, surveyId: a.surveyId, questions: QUESTIONS },
      30,
    );
    await ingest(t, [...a.rows, ...intruders]);
    await t.jobs.runDue(ROLLUP_JOB);
    for (const prefer of ["rollup", "raw"] as const) {
      const completion = await readCompletion(t.testDb.database, a.scope, prefer);
      expect(completion.completed).toBe(completedOf(a.rows));
      const [all] = (await readScoreStats(t.testDb.database, a.scope, "nps", undefined, prefer)).groups;
      expect(all?.value.n).toBe(
        a.rows.filter((row) => row.status === "completed" && "nps" in row.answers).length,
      );
    }
  });

  it("answers raw-only filters and groupings from the raw rows, and refuses them from the rollups", async () => {
    const { rows, scope } = await fixture(40);
    await ingest(t, rows);
    await t.jobs.runDue(ROLLUP_JOB);
    const { database } = t.testDb;
    const branch = { ...scope, rawFilters: [sql`r.hidden->>'branch' = 'hn'`] };
    await expect(readScoreStats(database, branch, "nps", undefined, "rollup")).rejects.toBeInstanceOf(
      ValidationError,
    );
    const filtered = await readCompletion(database, branch, "auto");
    expect(filtered.source).toBe("raw");
    expect(filtered.completed).toBe(
      rows.filter((row) => row.status === "completed" && row.channel === "web").length,
    );
    const byBranch = await readScoreStats(
      database,
      scope,
      "nps",
      { kind: "expression", sql: sql`r.hidden->>'branch'` },
      "auto",
    );
    expect(byBranch.source).toBe("raw");
    expect(byBranch.groups.map((group) => group.key)).toEqual(["hcm", "hn"]);
    expect((await readCompletion(database, scope, "auto")).source).toBe("rollup");
  });

  it("refuses a scope with a bad date or time zone, naming the field", async () => {
    const { scope } = await fixture(0);
    const read = (bad: Partial<StatsScope>) =>
      readCompletion(t.testDb.database, { ...scope, ...bad }, "auto").catch((error: unknown) => error);
    for (const [bad, path] of [
      [{ from: "2026-02-30" }, "from"],
      [{ to: "yesterday" }, "to"],
      [{ from: "2026-03-01", to: "2026-02-01" }, "to"],
      [{ timeZone: "Mars/Olympus" }, "timeZone"],
    ] as const) {
      const error = await read(bad);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors?.map((e) => e.path)).toEqual([path]);
    }
  });

  it("uses an anonymity threshold of 5 until the workspace sets one", async () => {
    const { workspaceId } = await fixture(0);
    expect(await getAnalyticsSettings(t.testDb.database, workspaceId)).toEqual({ anonymityThreshold: 5 });
    await t.testDb.database.db.execute(
      sql`insert into analytics_settings (workspace_id, anonymity_threshold) values (${workspaceId}, 10)`,
    );
    expect(await getAnalyticsSettings(t.testDb.database, workspaceId)).toEqual({ anonymityThreshold: 10 });
  });
});
