// Use case: GET /surveys/{id}/summary. Every question's distribution and the metric that fits its type, with
// an interval, answered and skipped counts; and the survey's completion: started, completed, drop-off per
// question, median completion time. Questions answered by fewer than the anonymity threshold are suppressed.
import {
  type AnalyticsSummary,
  type AnalyticsSummaryQuery,
  type AnalyticsSummaryQuestion,
  allQuestions,
  pickText,
  type Question,
} from "@touchpoint/core";
import type { Caller } from "../platform/caller.ts";
import { type AnalyticsDeps, checkDateRange, loadSurvey, scopeOf } from "./filters.ts";
import { estimate, type Sample, scoreSample } from "./metrics.ts";
import { getAnalyticsSettings } from "./settings.ts";
import {
  readChoiceCounts,
  readCompletion,
  readScoreStats,
  type ScoreStats,
  type StatsScope,
  type StatsSource,
} from "./stats-reader.ts";

const CONFIDENCE = 0.95;

/** The scale points of a score question, for its distribution; null for numbers, which have no fixed scale. */
function scalePoints(question: Question): [number, number] | null {
  switch (question.type) {
    case "nps":
      return [0, 10];
    case "csat":
      return [1, 5];
    case "ces":
      return [1, 7];
    case "rating":
      return [1, question.points];
    default:
      return null;
  }
}

const interval = (figure: { low: number | null; high: number | null }) =>
  figure.low === null || figure.high === null ? null : { low: figure.low, high: figure.high };

function metricOf(kind: "nps" | "csat" | "ces" | "mean" | "goal_completion", sample: Sample) {
  const figure = estimate(sample, CONFIDENCE);
  return figure.value === null ? null : { kind, value: figure.value, ci: interval(figure) };
}

function scoreMetric(question: Question, stats: ScoreStats): AnalyticsSummaryQuestion["metric"] {
  const mean = () => metricOf("mean", scoreSample("mean", question, stats));
  switch (question.type) {
    case "nps":
      return metricOf("nps", scoreSample("nps", question, stats));
    case "csat":
      return metricOf("csat", scoreSample("csat", question, stats));
    case "ces": {
      const agreeing = metricOf("ces", scoreSample("ces", question, stats));
      const average = mean();
      return agreeing && average ? { ...agreeing, mean: average.value, meanCi: average.ci } : agreeing;
    }
    case "goal_completion":
      return metricOf("goal_completion", scoreSample("goal_completion", question, stats));
    default:
      return mean();
  }
}

function scoreDistribution(question: Question, stats: ScoreStats): Record<string, number> | null {
  if (question.type === "goal_completion") {
    return { achieved: stats.counts[1] ?? 0, not_achieved: stats.counts[0] ?? 0 };
  }
  const points = scalePoints(question);
  if (!points) return null;
  const [low, high] = points;
  return Object.fromEntries(
    Array.from({ length: high - low + 1 }, (_, i) => [String(low + i), stats.counts[low + i] ?? 0]),
  );
}

const SCORED = new Set(["nps", "csat", "ces", "rating", "number", "goal_completion"]);
const CHOICES = new Set(["single_choice", "dropdown", "multiple_choice"]);

interface QuestionFigures {
  source: StatsSource;
  completed: number;
  n: number;
  distribution: Record<string, number> | null;
  metric: AnalyticsSummaryQuestion["metric"];
}

async function questionFigures(
  deps: AnalyticsDeps,
  scope: StatsScope,
  question: Question,
): Promise<QuestionFigures> {
  const db = deps.database;
  if (SCORED.has(question.type)) {
    const { source, groups } = await readScoreStats(db, scope, question.id, undefined, "auto");
    const group = groups[0] ?? { completed: 0, value: { n: 0, sum: 0, sumSq: 0, counts: [] } };
    const stats = group.value;
    return {
      source,
      completed: group.completed,
      n: stats.n,
      distribution: scoreDistribution(question, stats),
      metric: stats.n > 0 ? scoreMetric(question, stats) : null,
    };
  }
  const { source, groups } = await readChoiceCounts(db, scope, question.id, undefined, "auto");
  const group = groups[0] ?? { completed: 0, value: { answered: 0, counts: {} } };
  return {
    source,
    completed: group.completed,
    n: group.value.answered,
    distribution: CHOICES.has(question.type) ? group.value.counts : null,
    metric: null,
  };
}

export async function summarizeSurvey(
  deps: AnalyticsDeps,
  caller: Caller,
  surveyId: string,
  query: AnalyticsSummaryQuery,
): Promise<AnalyticsSummary> {
  checkDateRange(query.from, query.to, "querystring");
  const context = await loadSurvey(deps, caller.workspaceId, surveyId);
  const scope = scopeOf(
    caller.workspaceId,
    context,
    {
      from: query.from,
      to: query.to,
      ...(query.channel ? { channels: [query.channel] } : {}),
      ...(query.language ? { languages: [query.language] } : {}),
    },
    [],
  );
  const { definition } = context.survey;
  const questions = allQuestions(definition);
  const [settings, completion, figures] = await Promise.all([
    getAnalyticsSettings(deps.database, caller.workspaceId),
    readCompletion(deps.database, scope, "auto"),
    Promise.all(questions.map((question) => questionFigures(deps, scope, question))),
  ]);
  const threshold = settings.anonymityThreshold;
  const started = completion.completed + completion.partial;
  const percent = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);
  const language = definition.defaultLanguage;
  return {
    surveyId,
    source: [completion, ...figures].some((figure) => figure.source === "raw") ? "raw" : "rollup",
    confidence: CONFIDENCE,
    anonymityThreshold: threshold,
    completion: {
      started,
      completed: completion.completed,
      completionRate: percent(completion.completed, started),
      dropOff: questions.map((question) => {
        const answered = completion.answered[question.id] ?? 0;
        return { questionId: question.id, answered, rate: percent(answered, started) ?? 0 };
      }),
      medianSeconds: completion.medianSeconds,
    },
    questions: questions.map((question, index) => {
      const figure = figures[index] as QuestionFigures;
      const suppressed = figure.n < threshold;
      return {
        questionId: question.id,
        type: question.type,
        title: pickText(question.title, language, language),
        n: figure.n,
        skipped: Math.max(0, figure.completed - figure.n),
        suppressed,
        distribution: suppressed ? null : figure.distribution,
        metric: suppressed ? null : figure.metric,
      };
    }),
  };
}
