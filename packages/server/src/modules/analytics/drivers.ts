// Use case: POST /analytics/drivers. Which predictor questions explain an outcome question: relative
// weights (Johnson 2000) and Shapley values of R² from the pairwise-complete correlation matrix, each
// predictor's performance (mean, % top-2-box) and its quadrant of importance × performance.
import {
  type AnalyticsDriversResult,
  allQuestions,
  type analyticsDriversInputSchema,
  checkDriverInput,
  correlationMatrix,
  DriverInputError,
  driverQuadrants,
  pickText,
  type Question,
  relativeWeights,
  shapleyValues,
} from "@touchpoint/core";
import type { z } from "zod";
import type { Caller } from "../platform/caller.ts";
import {
  type AnalyticsDeps,
  checkDateRange,
  checkRollupOnly,
  InvalidQueryError,
  loadSurvey,
  rawConditions,
  scopeOf,
} from "./filters.ts";
import { estimate, scoreSample } from "./metrics.ts";
import { getAnalyticsSettings } from "./settings.ts";
import { type PairMoments, readPairMoments, readScoreStats, type StatsScope } from "./stats-reader.ts";

type DriversQuery = z.output<typeof analyticsDriversInputSchema>;

/** Questions with a numeric answer on an interval scale: what a correlation means something for. */
const NUMERIC = new Set(["nps", "csat", "ces", "rating", "number"]);

/** Variable i of the correlation matrix as the request names it: the outcome is 0, predictors follow. */
const pathOf = (index: number) => (index === 0 ? "outcome" : `predictors.${index - 1}`);

function questionsOf(query: DriversQuery, questions: Question[]): Question[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const asked = [query.outcome, ...query.predictors];
  const seen = new Set<string>();
  const errors = asked.flatMap((id, index) => {
    const question = byId.get(id);
    const path = pathOf(index);
    if (seen.has(id)) return [{ path, message: `${id} is named twice: outcome and predictors must differ` }];
    seen.add(id);
    if (!question) return [{ path, message: `no question ${id} in this survey` }];
    if (!NUMERIC.has(question.type)) {
      return [
        {
          path,
          message: `${id} is a ${question.type} question; drivers need nps, csat, ces, rating or number`,
        },
      ];
    }
    return [];
  });
  if (errors.length > 0) {
    throw new InvalidQueryError("Some questions cannot take part in a driver analysis.", errors);
  }
  return asked.map((id) => byId.get(id) as Question);
}

/**
 * Core's statistics over the pair moments. Too few rows is refused here, at `predictors` (fewer than
 * predictors + 2, or than the anonymity threshold); core's refusals (a constant or collinear question) at
 * the question's field.
 */
function weigh(pairs: PairMoments[][], predictorCount: number, threshold: number) {
  const n = Math.min(...pairs.flatMap((row) => row.map((pair) => pair.n)));
  const needed = Math.max(predictorCount + 2, threshold);
  if (n < needed) {
    throw new InvalidQueryError("Too few responses answer these questions together.", [
      {
        path: "predictors",
        message: `${n} responses answer every pair of these questions; ${predictorCount} predictors need at least ${needed} (predictors + 2, and the anonymity threshold)`,
      },
    ]);
  }
  const predictors = Array.from({ length: predictorCount }, (_, i) => i + 1);
  try {
    checkDriverInput({ pairMoments: pairs, outcome: 0, predictors });
    const correlations = correlationMatrix(pairs);
    return {
      n,
      weights: relativeWeights(correlations, 0, predictors),
      shapley: shapleyValues(correlations, 0, predictors),
    };
  } catch (error) {
    if (!(error instanceof DriverInputError)) throw error;
    throw new InvalidQueryError("These answers cannot support a driver analysis.", [
      { path: pathOf(error.index), message: error.message },
    ]);
  }
}

/** The predictor's mean, and its % in the top two boxes where its scale has them (not for numbers). */
async function performanceOf(
  deps: AnalyticsDeps,
  scope: StatsScope,
  question: Question,
  prefer: DriversQuery["prefer"],
) {
  const { groups } = await readScoreStats(deps.database, scope, question.id, undefined, prefer);
  const stats = groups[0]?.value ?? { n: 0, sum: 0, sumSq: 0, counts: [] };
  const topBox =
    question.type === "number" ? null : estimate(scoreSample("top_box", question, stats), 0.95).value;
  return { mean: stats.n > 0 ? stats.sum / stats.n : 0, topBox };
}

/** What a saved widget's driver request must pass before it is stored: dates, survey, fitting questions. */
export async function checkDriversQuery(deps: AnalyticsDeps, workspaceId: string, query: DriversQuery) {
  checkDateRange(query.filters.from, query.filters.to, "filters");
  const context = await loadSurvey(deps, workspaceId, query.surveyId);
  questionsOf(query, allQuestions(context.survey.definition));
}

export async function findDrivers(
  deps: AnalyticsDeps,
  caller: Caller,
  query: DriversQuery,
): Promise<AnalyticsDriversResult> {
  const { workspaceId } = caller;
  checkDateRange(query.filters.from, query.filters.to, "filters");
  const context = await loadSurvey(deps, workspaceId, query.surveyId);
  const definition = context.survey.definition;
  const questions = questionsOf(query, allQuestions(definition));
  const raw = await rawConditions(deps, workspaceId, context.survey, query.filters, "filters");
  checkRollupOnly(query.prefer, raw.length > 0);
  const scope = scopeOf(workspaceId, context, query.filters, raw);
  const ids = questions.map((question) => question.id);
  const [moments, settings] = await Promise.all([
    readPairMoments(deps.database, scope, ids, query.prefer),
    getAnalyticsSettings(deps.database, workspaceId),
  ]);
  const { n, weights, shapley } = weigh(moments.pairs, query.predictors.length, settings.anonymityThreshold);
  const predictors = questions.slice(1);
  const performance = await Promise.all(
    predictors.map((question) => performanceOf(deps, scope, question, query.prefer)),
  );
  // Performance on one footing for the quadrants: % top-2-box when every predictor has a box scale, else means.
  const topBoxes = performance.map((p) => p.topBox);
  const byTopBox = topBoxes.every((value) => value !== null);
  const quadrants = driverQuadrants(
    performance.map((p, i) => ({
      importance: weights.weights[i] ?? 0,
      performance: byTopBox ? (p.topBox ?? 0) : p.mean,
    })),
  );
  const language = definition.defaultLanguage;
  return {
    source: moments.source,
    n,
    rSquared: weights.rSquared,
    drivers: predictors.map((question, i) => ({
      questionId: question.id,
      title: pickText(question.title, language, language),
      relativeWeight: weights.weights[i] ?? 0,
      shapley: shapley.weights[i] ?? 0,
      share: 100 * (weights.shares[i] ?? 0),
      performance: performance[i] ?? { mean: 0, topBox: null },
      quadrant: quadrants[i] ?? "secondary",
    })),
    method: {
      notes: [
        "Correlations are pairwise-complete: each pair of questions over the responses answering both; n is the smallest pair.",
        "relativeWeight: Johnson (2000) relative weights, as R package rwa; they sum to rSquared; share is the weight as % of rSquared.",
        "shapley: Shapley values of R² (LMG, general dominance; as R packages domir and relaimpo); they sum to rSquared too.",
        `quadrant: relative weight against ${byTopBox ? "% top-2-box" : "mean"}, cut at the means over these drivers (strength, priority, maintain, secondary).`,
      ],
    },
  };
}
