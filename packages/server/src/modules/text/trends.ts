// Topic trends (comments per topic and week or month, by sentiment) and emerging themes (key phrases whose
// share of comments rose significantly against a baseline, by core's emergingThemes), in the workspace's
// time zone.
import {
  type EmergingThemesQuery,
  type EmergingThemesResponse,
  emergingThemes,
  foldForSearch,
  type TopicTrends,
  type TopicTrendsQuery,
} from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database } from "../../platform/db/database.ts";
import { DomainError } from "../../platform/errors.ts";
import type { Caller } from "../platform/caller.ts";
import { workspaceTimeZone } from "./comments-repo.ts";
import { effectiveTaxonomy } from "./effective-taxonomy.ts";
import * as repo from "./trends-repo.ts";

interface TrendDeps {
  database: Database;
  clock: Clock;
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function checkWindow(from: string, to: string, fromPath: string, toPath: string) {
  if (from > to) {
    throw new DomainError(422, "invalid_period", "The period ends before it starts.", {
      errors: [{ path: toPath, message: `must be on or after ${fromPath}` }],
    });
  }
}

export async function topicTrends(
  deps: TrendDeps,
  caller: Caller,
  query: TopicTrendsQuery,
): Promise<TopicTrends> {
  const ex = deps.database.db;
  const timeZone = await workspaceTimeZone(ex, caller.workspaceId);
  const to = query.to ?? dayIn(deps.clock.now(), timeZone);
  const from = query.from ?? addDays(to, -90);
  checkWindow(from, to, "querystring.from", "querystring.to");
  const rows = await repo.topicCounts(ex, caller.workspaceId, { ...query, from, to }, timeZone);
  const { taxonomy } = await effectiveTaxonomy(ex, caller.workspaceId);
  const labels = new Map(taxonomy.topics.map((topic) => [topic.id, topic.label[query.language]]));
  const series = new Map<string, TopicTrends["series"][number]>();
  for (const { topic, period, count, negative, neutral, positive } of rows) {
    const entry = series.get(topic) ?? { topic, label: labels.get(topic) ?? topic, points: [] };
    entry.points.push({ period, count, negative, neutral, positive });
    series.set(topic, entry);
  }
  const total = (entry: TopicTrends["series"][number]) =>
    entry.points.reduce((sum, point) => sum + point.count, 0);
  return {
    grain: query.grain,
    series: [...series.values()].sort((a, b) => total(b) - total(a) || a.topic.localeCompare(b.topic)),
  };
}

export async function emergingThemesOf(
  deps: TrendDeps,
  caller: Caller,
  query: EmergingThemesQuery,
): Promise<EmergingThemesResponse> {
  const ex = deps.database.db;
  const timeZone = await workspaceTimeZone(ex, caller.workspaceId);
  const to = query.to ?? dayIn(deps.clock.now(), timeZone);
  const from = query.from ?? addDays(to, -29);
  const baselineTo = query.baselineTo ?? addDays(from, -1);
  const baselineFrom = query.baselineFrom ?? addDays(baselineTo, -89);
  checkWindow(from, to, "querystring.from", "querystring.to");
  checkWindow(baselineFrom, baselineTo, "querystring.baselineFrom", "querystring.baselineTo");
  const current = { from, to };
  const baseline = { from: baselineFrom, to: baselineTo };
  const totals = await repo.textTotals(ex, caller.workspaceId, current, baseline, timeZone);
  // Stored keywords are spelled as written; spellings with and without diacritics are one phrase, shown
  // in its most frequent spelling.
  const currentCounts = new Map<string, number>();
  const baselineCounts = new Map<string, number>();
  const spelling = new Map<string, { phrase: string; count: number }>();
  for (const row of await repo.keywordCounts(ex, caller.workspaceId, current, baseline, timeZone)) {
    const key = foldForSearch(row.phrase);
    if (row.current > 0) currentCounts.set(key, (currentCounts.get(key) ?? 0) + row.current);
    if (row.baseline > 0) baselineCounts.set(key, (baselineCounts.get(key) ?? 0) + row.baseline);
    const seen = spelling.get(key);
    const uses = row.current + row.baseline;
    if (!seen || uses > seen.count) spelling.set(key, { phrase: row.phrase, count: uses });
  }
  const themes = emergingThemes(currentCounts, totals.current, baselineCounts, totals.baseline);
  return {
    themes: themes.map((theme) => ({
      phrase: spelling.get(theme.phrase)?.phrase ?? theme.phrase,
      count: theme.count,
      baselineCount: theme.baselineCount,
      rate: theme.rate,
      baselineRate: theme.baselineRate,
      pValue: theme.pValue,
      qValue: theme.qValue,
    })),
  };
}
