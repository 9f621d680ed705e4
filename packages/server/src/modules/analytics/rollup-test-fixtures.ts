// Builders for the analytics tests: random surveys and responses from a seeded generator (a failure
// reproduces from its seed), ingested through the real completion path, and an independent reference that
// computes score statistics in JavaScript with Intl's time-zone rules.
import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import type { TestApp } from "../../testing/test-app.ts";
import { countCompletedResponse } from "../responses/jobs.ts";
import { responses } from "../responses/schema.ts";
import type { GroupBy, ScoreStats, StatsScope } from "./stats-reader.ts";

/** mulberry32: a small, well-mixed 32-bit generator. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const subset = <T>(items: readonly T[]) => items.filter(() => next() < 0.5);
  return { next, int, pick, subset };
}
export type Random = ReturnType<typeof seededRandom>;

export type QuestionKind =
  | "nps"
  | "csat"
  | "ces"
  | "rating"
  | "number"
  | "goal_completion"
  | "single_choice"
  | "dropdown"
  | "multiple_choice"
  | "text";
export interface TestQuestion {
  id: string;
  kind: QuestionKind;
}
export const NUMERIC_KINDS: QuestionKind[] = ["nps", "csat", "ces", "rating", "number", "goal_completion"];
export const CHOICE_KINDS: QuestionKind[] = [
  "single_choice",
  "dropdown",
  "multiple_choice",
  "goal_completion",
];
export const CHANNELS = ["web", "email", "app", "sms"] as const;
export const LANGUAGES = ["vi", "en"] as const;
const CHOICES = ["a", "b", "c", "d"];

/** A survey of 4–8 questions of random kinds (always one nps and one choice question). */
export function randomQuestions(random: Random): TestQuestion[] {
  const kinds: QuestionKind[] = ["nps", "single_choice"];
  const all: QuestionKind[] = [...NUMERIC_KINDS, "single_choice", "dropdown", "multiple_choice", "text"];
  for (let i = random.int(2, 6); i > 0; i--) kinds.push(random.pick(all));
  return kinds.map((kind, index) => ({ id: `q${index}_${kind}`, kind }));
}

function randomAnswer(random: Random, kind: QuestionKind): unknown {
  switch (kind) {
    case "nps":
      return random.int(0, 10);
    case "csat":
      return random.int(1, 5);
    case "ces":
      return random.int(1, 7);
    case "rating":
      return random.int(1, 10);
    case "number":
      // Halves: exact in binary, so the JavaScript reference sums them exactly too.
      return random.int(-10, 60) / 2;
    case "goal_completion":
      return random.next() < 0.5
        ? { achieved: random.next() < 0.6 }
        : { achieved: random.next() < 0.6, intent: random.pick(CHOICES) };
    case "single_choice":
    case "dropdown":
      return random.next() < 0.15 ? { other: "khác" } : { choice: random.pick(CHOICES) };
    case "multiple_choice": {
      const picked = random.subset(CHOICES);
      return random.next() < 0.2 ? { choices: picked, other: "thêm" } : { choices: picked };
    }
    case "text":
      return random.next() < 0.2 ? "" : "Nhân viên nhiệt tình";
  }
}

const DAY_MS = 86_400_000;
const START = Date.parse("2024-11-01T00:00:00Z");
/** UTC hours of local midnight in Asia/Ho_Chi_Minh (17) and America/New_York (4 in summer, 5 in winter). */
const MIDNIGHTS_UTC = [17, 4, 5];
/** Around the 2025 DST changes in New York (2 a.m. local). */
const DST_CHANGES = [Date.parse("2025-03-09T07:00:00Z"), Date.parse("2025-11-02T06:00:00Z")];

/** A completion time over two years, a third of them within 90 s of a local midnight or a DST change. */
function randomInstant(random: Random): number {
  const roll = random.next();
  if (roll < 0.25) {
    const day = START + random.int(0, 729) * DAY_MS;
    return day + random.pick(MIDNIGHTS_UTC) * 3_600_000 + random.int(-90, 90) * 1000;
  }
  if (roll < 0.33) return random.pick(DST_CHANGES) + random.int(-5400, 5400) * 1000;
  return START + Math.floor(random.next() * 730 * DAY_MS);
}

/** Seconds to complete: log-uniform from 1 s to 2 days, so every bucket band is used. */
const randomDuration = (random: Random) => Math.floor(Math.exp(random.next() * Math.log(172_800)));

export interface TestResponse {
  id: string;
  workspaceId: string;
  surveyId: string;
  status: "completed" | "partial";
  channel: string;
  language: string;
  answers: Record<string, unknown>;
  startedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
}

export function randomResponses(
  random: Random,
  target: { workspaceId: string; surveyId: string; questions: TestQuestion[] },
  count: number,
): TestResponse[] {
  return Array.from({ length: count }, () => {
    const answers: Record<string, unknown> = {};
    for (const question of target.questions) {
      if (random.next() < 0.75) answers[question.id] = randomAnswer(random, question.kind);
    }
    const at = randomInstant(random);
    const partial = random.next() < 0.1;
    const startedAt =
      random.next() < 0.1 ? null : new Date(at - randomDuration(random) * 1000 - random.int(0, 999));
    return {
      id: newId(),
      workspaceId: target.workspaceId,
      surveyId: target.surveyId,
      status: partial ? "partial" : "completed",
      channel: random.pick(CHANNELS),
      language: random.pick(LANGUAGES),
      answers,
      startedAt,
      completedAt: partial ? null : new Date(at),
      createdAt: new Date(startedAt?.getTime() ?? at),
    };
  });
}

/** Stores responses as submitted: completed ones not counted yet, as the ingestion path leaves them. */
export async function storeResponses(t: TestApp, rows: TestResponse[]) {
  for (let i = 0; i < rows.length; i += 200) {
    await t.testDb.database.db.insert(responses).values(
      rows.slice(i, i + 200).map((row) => ({
        ...row,
        surveyVersion: 1,
        hidden: { branch: row.channel === "web" ? "hn" : "hcm" },
        updatedAt: row.createdAt,
      })),
    );
  }
}

/** Runs the completion job's work (responses.completed) for each completed response. */
export async function countResponses(t: TestApp, rows: TestResponse[]) {
  for (const row of rows) {
    if (row.status !== "completed") continue;
    await countCompletedResponse(
      { database: t.testDb.database, clock: t.clock, jobs: t.jobs },
      { workspaceId: row.workspaceId, responseId: row.id },
    );
  }
}

export async function ingest(t: TestApp, rows: TestResponse[]) {
  await storeResponses(t, rows);
  await countResponses(t, rows);
}

export async function setTimeZone(database: Database, workspaceId: string, timeZone: string) {
  await database.db.execute(
    sql`update workspaces set time_zone = ${timeZone} where workspace_id = ${workspaceId}`,
  );
}

/** The local date of an instant in a time zone, by Intl (not by PostgreSQL). */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

function referenceKey(groupBy: GroupBy | undefined, day: string, row: TestResponse): string | null {
  if (!groupBy) return null;
  const [year, month] = day.split("-").map(Number) as [number, number];
  switch (groupBy.kind) {
    case "day":
      return day;
    case "week": {
      const date = new Date(`${day}T00:00:00Z`);
      const sinceMonday = (date.getUTCDay() + 6) % 7;
      return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
    }
    case "month":
      return day.slice(0, 7);
    case "quarter":
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case "channel":
      return row.channel;
    case "language":
      return row.language;
    case "expression":
      throw new Error("the reference computes built-in groupings only");
  }
}

const numericOf = (answer: unknown): number | undefined => {
  if (typeof answer === "number") return answer;
  if (answer && typeof answer === "object" && "achieved" in answer) return answer.achieved ? 1 : 0;
  return undefined;
};

/** Score statistics computed in JavaScript from the generated rows: the independent reference. */
export function referenceScoreStats(
  rows: TestResponse[],
  scope: StatsScope,
  questionId: string,
  groupBy: GroupBy | undefined,
) {
  const groups = new Map<string | null, { completed: number; value: ScoreStats }>();
  for (const row of rows) {
    if (row.workspaceId !== scope.workspaceId || row.surveyId !== scope.surveyId) continue;
    if (row.status !== "completed" || !row.completedAt) continue;
    const day = localDate(row.completedAt, scope.timeZone);
    if ((scope.from && day < scope.from) || (scope.to && day > scope.to)) continue;
    if (scope.channels && !scope.channels.includes(row.channel)) continue;
    if (scope.languages && !scope.languages.includes(row.language)) continue;
    const key = referenceKey(groupBy, day, row);
    const group = groups.get(key) ?? {
      completed: 0,
      value: { n: 0, sum: 0, sumSq: 0, counts: Array(11).fill(0) },
    };
    groups.set(key, group);
    group.completed += 1;
    const x = numericOf(row.answers[questionId]);
    if (x === undefined) continue;
    group.value.n += 1;
    group.value.sum += x;
    group.value.sumSq += x * x;
    if (Number.isInteger(x) && x >= 0 && x <= 10) group.value.counts[x] += 1;
  }
  if (!groupBy && groups.size === 0) {
    groups.set(null, { completed: 0, value: { n: 0, sum: 0, sumSq: 0, counts: Array(11).fill(0) } });
  }
  return [...groups]
    .map(([key, group]) => ({ key, ...group }))
    .sort((a, b) => ((a.key ?? "") < (b.key ?? "") ? -1 : 1));
}
