// The in-memory baseline of bench/analytics.ts: the survey's responses loaded once into typed arrays (one
// column per field), and the dashboard's aggregates computed by scanning them in this process.
import { sql } from "drizzle-orm";
import {
  durationBucket,
  medianSeconds,
} from "../packages/server/src/modules/analytics/rollup-expressions.ts";
import type { Db } from "../packages/server/src/platform/db/database.ts";

const SCORES = ["nps", "csat", "ces", "speed", "staff", "app_ease"] as const;
const CHANNELS = ["app", "web", "branch", "call_center", "email"];
const REASONS = ["price", "speed", "staff", "app", "fees", "other"];
const PAGE = 100_000;

const dayIndex = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
/** 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays. */
const mondayOf = (day: number) => day - ((day + 3) % 7);

interface Stats {
  n: number;
  sum: number;
  sumSq: number;
  counts: number[];
}
const emptyStats = (): Stats => ({ n: 0, sum: 0, sumSq: 0, counts: Array<number>(11).fill(0) });
const add = (stats: Stats, x: number) => {
  stats.n += 1;
  stats.sum += x;
  stats.sumSq += x * x;
  stats.counts[x] = (stats.counts[x] ?? 0) + 1;
};

export interface Baseline {
  summary(from?: string, to?: string): unknown;
  npsWeekByChannel(from: string, to: string): unknown;
  periodComparison(
    current: { from?: string; to?: string },
    previous: { from?: string; to?: string },
  ): unknown;
  pairMoments(questionIds: string[]): unknown;
}

export async function loadBaseline(
  db: Db,
  workspaceId: string,
  surveyId: string,
  timeZone: string,
): Promise<Baseline> {
  const [{ total }] = (
    (await db.execute(
      sql`select count(*)::int as total from responses where workspace_id = ${workspaceId} and survey_id = ${surveyId}`,
    )) as unknown as { rows: { total: number }[] }
  ).rows as [{ total: number }];
  const day = new Int32Array(total);
  const channel = new Uint8Array(total);
  const bucket = new Int16Array(total);
  const reason = new Int8Array(total).fill(-1);
  const scores = SCORES.map(() => new Int8Array(total).fill(-1));
  let loaded = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  while (loaded < total) {
    const page = (
      (await db.execute(sql`
      select r.id, ((r.completed_at at time zone ${timeZone}::text)::date - date '1970-01-01') as day, r.channel,
        ${durationBucket(sql`r.started_at`, sql`r.completed_at`)} as bucket, r.answers
      from responses r where r.workspace_id = ${workspaceId} and r.survey_id = ${surveyId} and r.id > ${after}
      order by r.id limit ${PAGE}`)) as unknown as {
        rows: {
          id: string;
          day: number;
          channel: string;
          bucket: number;
          answers: Record<string, unknown>;
        }[];
      }
    ).rows;
    if (page.length === 0) break;
    for (const row of page) {
      day[loaded] = row.day;
      channel[loaded] = CHANNELS.indexOf(row.channel);
      bucket[loaded] = row.bucket;
      SCORES.forEach((question, q) => {
        const value = row.answers[question];
        if (typeof value === "number") (scores[q] as Int8Array)[loaded] = value;
      });
      const choice = (row.answers.reason as { choice?: string } | undefined)?.choice;
      if (choice) reason[loaded] = REASONS.indexOf(choice);
      loaded += 1;
    }
    after = page.at(-1)?.id ?? after;
  }
  const column = (question: string) =>
    scores[SCORES.indexOf(question as (typeof SCORES)[number])] as Int8Array;
  const statsOver = (question: string, from: number, to: number) => {
    const values = column(question);
    const stats = emptyStats();
    for (let i = 0; i < loaded; i++) {
      const x = values[i] as number;
      if (x >= 0 && (day[i] as number) >= from && (day[i] as number) <= to) add(stats, x);
    }
    return stats;
  };
  const range = (scope: { from?: string; to?: string }) =>
    [scope.from ? dayIndex(scope.from) : -Infinity, scope.to ? dayIndex(scope.to) : Infinity] as const;

  return {
    summary: (from, to) => {
      const [first, last] = range({ from, to });
      const histogram = new Map<number, number>();
      const reasons = Array<number>(REASONS.length).fill(0);
      let completed = 0;
      for (let i = 0; i < loaded; i++) {
        if ((day[i] as number) < first || (day[i] as number) > last) continue;
        completed += 1;
        histogram.set(bucket[i] as number, (histogram.get(bucket[i] as number) ?? 0) + 1);
        if ((reason[i] as number) >= 0)
          reasons[reason[i] as number] = (reasons[reason[i] as number] ?? 0) + 1;
      }
      return {
        scores: ["nps", "csat", "ces"].map((question) => statsOver(question, first, last)),
        reasons,
        completed,
        medianSeconds: medianSeconds(histogram),
      };
    },
    npsWeekByChannel: (from, to) => {
      const [first, last] = [dayIndex(from), dayIndex(to)];
      const nps = column("nps");
      const groups = CHANNELS.map(() => new Map<number, Stats>());
      for (let i = 0; i < loaded; i++) {
        const d = day[i] as number;
        const x = nps[i] as number;
        if (d < first || d > last || x < 0) continue;
        const weeks = groups[channel[i] as number] as Map<number, Stats>;
        const week = mondayOf(d);
        const stats = weeks.get(week) ?? emptyStats();
        weeks.set(week, stats);
        add(stats, x);
      }
      return groups;
    },
    periodComparison: (current, previous) => [
      statsOver("nps", ...range(current)),
      statsOver("nps", ...range(previous)),
    ],
    pairMoments: (questionIds) => {
      const columns = questionIds.map(column);
      const k = columns.length;
      const sums = new Float64Array(k * k * 6);
      for (let i = 0; i < loaded; i++) {
        for (let a = 0; a < k; a++) {
          const x = (columns[a] as Int8Array)[i] as number;
          if (x < 0) continue;
          for (let b = a; b < k; b++) {
            const y = (columns[b] as Int8Array)[i] as number;
            if (y < 0) continue;
            const at = (a * k + b) * 6;
            sums[at] = (sums[at] as number) + 1;
            sums[at + 1] = (sums[at + 1] as number) + x;
            sums[at + 2] = (sums[at + 2] as number) + y;
            sums[at + 3] = (sums[at + 3] as number) + x * x;
            sums[at + 4] = (sums[at + 4] as number) + y * y;
            sums[at + 5] = (sums[at + 5] as number) + x * y;
          }
        }
      }
      return sums;
    },
  };
}
