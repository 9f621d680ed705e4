import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../platform/ids.ts";
import { createTestApp, seedWorkspace, type TestApp } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { ROLLUP_JOB } from "./queue-rollup.ts";
import { rebuildRollups } from "./rebuild.ts";
import {
  CHANNELS,
  CHOICE_KINDS,
  ingest,
  LANGUAGES,
  NUMERIC_KINDS,
  type Random,
  randomQuestions,
  randomResponses,
  referenceScoreStats,
  seededRandom,
  setTimeZone,
  type TestQuestion,
  type TestResponse,
} from "./rollup-test-fixtures.ts";
import {
  type GroupBy,
  readChoiceCounts,
  readCompletion,
  readPairMoments,
  readScoreStats,
  type StatsScope,
} from "./stats-reader.ts";

const SEED = Number(process.env.TP_ROLLUP_SEED ?? 20261125);
const SCOPES = 40;
const GROUPINGS: (GroupBy | undefined)[] = [
  undefined,
  { kind: "day" },
  { kind: "week" },
  { kind: "month" },
  { kind: "quarter" },
  { kind: "channel" },
  { kind: "language" },
];

/**
 * Ranges at month boundaries, which decide what a read takes from the monthly rollups and what from the
 * daily ones: whole months only, one day past each end, inside one month, across both DST changes, open ends.
 */
const EDGE_RANGES: { from?: string; to?: string }[] = [
  { from: "2025-01-01", to: "2025-03-31" },
  { from: "2025-01-31", to: "2025-03-01" },
  { from: "2025-02-10", to: "2025-02-20" },
  { from: "2025-02-01", to: "2025-02-28" },
  { from: "2024-12-15", to: "2025-11-02" },
  { from: "2025-03-09" },
  { from: "2025-03-01" },
  { to: "2025-11-02" },
  { to: "2025-10-31" },
  {},
];

interface Workspace {
  workspaceId: string;
  timeZone: string;
}

/** A random scope: a window of local dates (or none), some channels and languages (or all). */
function randomScope(random: Random, ws: Workspace, surveyId: string): StatsScope {
  const date = () => {
    const day = new Date(Date.parse("2024-10-25T00:00:00Z") + random.int(0, 745) * 86_400_000);
    return day.toISOString().slice(0, 10);
  };
  const [a, b] = [date(), date()].sort();
  return {
    workspaceId: ws.workspaceId,
    timeZone: ws.timeZone,
    surveyId,
    ...(random.next() < 0.7 ? { from: a } : {}),
    ...(random.next() < 0.7 ? { to: b } : {}),
    ...(random.next() < 0.4 ? { channels: random.subset(CHANNELS) } : {}),
    ...(random.next() < 0.3 ? { languages: random.subset(LANGUAGES) } : {}),
  };
}

describe.each(testEngines)("rollups against raw rows on %s", (engine) => {
  let t: TestApp;
  const workspaces: Workspace[] = [];
  const surveys: { surveyId: string; questions: TestQuestion[] }[] = [];
  const rows: TestResponse[] = [];
  const random = seededRandom(SEED);

  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const timeZone of ["Asia/Ho_Chi_Minh", "America/New_York"]) {
      const { workspaceId } = await seedWorkspace(t);
      await setTimeZone(t.testDb.database, workspaceId, timeZone);
      workspaces.push({ workspaceId, timeZone });
    }
    // The same survey ids in both workspaces: isolation must come from workspace_id alone.
    for (let i = 0; i < 2; i++) surveys.push({ surveyId: newId(), questions: randomQuestions(random) });
    for (const ws of workspaces) {
      for (const survey of surveys) {
        rows.push(...randomResponses(random, { workspaceId: ws.workspaceId, ...survey }, 110));
      }
    }
    await ingest(t, rows);
    await t.jobs.runDue(ROLLUP_JOB);
  }, 120_000);

  afterAll(() => t?.dispose());

  /**
   * Every reader over `cases` random scopes and the edge ranges, from the rollups and from the raw rows;
   * returns the rollup results.
   */
  async function compareAll(label: string, cases: number) {
    const scopeRandom = seededRandom(SEED + 1);
    const results: unknown[] = [];
    const { database } = t.testDb;
    for (let c = 0; c < cases + EDGE_RANGES.length; c++) {
      const ws = scopeRandom.pick(workspaces);
      const survey = scopeRandom.pick(surveys);
      const edge = c < cases ? undefined : EDGE_RANGES[c - cases];
      const scope = edge
        ? { workspaceId: ws.workspaceId, timeZone: ws.timeZone, surveyId: survey.surveyId, ...edge }
        : randomScope(scopeRandom, ws, survey.surveyId);
      const groupBy = edge ? GROUPINGS[(c - cases) % GROUPINGS.length] : scopeRandom.pick(GROUPINGS);
      const where = `${label} seed ${SEED} case ${c}: ${JSON.stringify({ scope, groupBy })}`;
      const numeric = survey.questions.filter((q) => NUMERIC_KINDS.includes(q.kind));
      for (const question of numeric) {
        const rollup = await readScoreStats(database, scope, question.id, groupBy, "rollup");
        const raw = await readScoreStats(database, scope, question.id, groupBy, "raw");
        expect(rollup.source).toBe("rollup");
        expect(raw.source).toBe("raw");
        expect(rollup.groups, where).toEqual(raw.groups);
        expect(rollup.groups, `${where} against the reference`).toEqual(
          referenceScoreStats(rows, scope, question.id, groupBy),
        );
        results.push(rollup.groups);
      }
      for (const question of survey.questions.filter((q) => CHOICE_KINDS.includes(q.kind))) {
        const rollup = await readChoiceCounts(database, scope, question.id, groupBy, "rollup");
        const raw = await readChoiceCounts(database, scope, question.id, groupBy, "raw");
        expect(rollup.groups, where).toEqual(raw.groups);
        results.push(rollup.groups);
      }
      const ids = [...numeric.map((q) => q.id), "not_a_question"];
      const rollupPairs = await readPairMoments(database, scope, ids, "rollup");
      const rawPairs = await readPairMoments(database, scope, ids, "raw");
      expect({ ...rollupPairs, source: "" }, where).toEqual({ ...rawPairs, source: "" });
      const rollupCompletion = await readCompletion(database, scope, "rollup");
      const rawCompletion = await readCompletion(database, scope, "raw");
      expect({ ...rollupCompletion, source: "" }, where).toEqual({ ...rawCompletion, source: "" });
      results.push(rollupPairs, rollupCompletion);
    }
    return results;
  }

  it("gives the raw rows' results, and the JavaScript reference's, for random scopes and groupings", async () => {
    const completed = rows.filter((row) => row.status === "completed").length;
    const all = await Promise.all(
      workspaces.flatMap((ws) =>
        surveys.map((s) =>
          readCompletion(
            t.testDb.database,
            { workspaceId: ws.workspaceId, timeZone: ws.timeZone, surveyId: s.surveyId },
            "rollup",
          ),
        ),
      ),
    );
    expect(all.reduce((sum, c) => sum + c.completed, 0)).toBe(completed);
    await compareAll("drained", SCOPES);
  }, 120_000);

  it("gives the same results after a rebuild from the raw rows", async () => {
    const before = await compareAll("before rebuild", 12);
    for (const ws of workspaces) await rebuildRollups(t.testDb.database, { workspaceId: ws.workspaceId });
    expect(await compareAll("after rebuild", 12)).toEqual(before);
  }, 120_000);
});
