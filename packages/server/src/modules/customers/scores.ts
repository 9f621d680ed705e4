// A customer's latest NPS, CSAT and CES: which answers of a response count as its scores, and keeping the
// newest of each metric per customer as responses arrive (in any order) for segments and the context.
import {
  allQuestions,
  type NpsGroup,
  type ResponseScore,
  type ScoreMetric,
  type SurveyDefinition,
  walkSurvey,
} from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import * as scoresRepo from "./scores-repo.ts";

const METRICS = new Set<string>(["nps", "csat", "ces"] satisfies ScoreMetric[]);

export interface AnsweredResponse {
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  /** The customer attributes the response carried, which survey logic may read. */
  customer: Record<string, unknown>;
}

/**
 * The response's score per metric: the first question of that type (nps, csat, ces) the respondent was
 * shown, in survey order, that has a number for an answer. A survey asking NPS twice counts the first.
 */
export function scoresOfResponse(definition: SurveyDefinition, response: AnsweredResponse): ResponseScore[] {
  const questions = new Map(allQuestions(definition).map((question) => [question.id, question]));
  const scores: ResponseScore[] = [];
  for (const id of walkSurvey(definition, response).visibleQuestions) {
    const question = questions.get(id);
    const value = response.answers[id];
    if (!question || !METRICS.has(question.type) || typeof value !== "number") continue;
    const metric = question.type as ScoreMetric;
    if (!scores.some((score) => score.metric === metric)) scores.push({ metric, value, questionId: id });
  }
  return scores;
}

/** NPS groups (Reichheld 2003): 0–6 detractors, 7–8 passives, 9–10 promoters. */
export function npsGroupOf(score: number): NpsGroup {
  if (score <= 6) return "detractor";
  return score <= 8 ? "passive" : "promoter";
}

/** Negative feedback as the context shows it: NPS ≤ 6 (detractor), CSAT ≤ 2, CES ≤ 3 (hard). */
export const NEGATIVE_AT_MOST: Record<ScoreMetric, number> = { nps: 6, csat: 2, ces: 3 };
export const isNegative = (score: Pick<ResponseScore, "metric" | "value">) =>
  score.value <= NEGATIVE_AT_MOST[score.metric];

/**
 * Records a completed response's scores as the customer's latest, unless the customer already has a score
 * of that metric from a response completed later (an older response processed late never overwrites it).
 * Runs inside the caller's transaction; running it twice changes nothing.
 */
export async function recordLatestScores(
  ex: Executor,
  workspaceId: string,
  customerId: string,
  response: { id: string; surveyId: string; completedAt: Date },
  scores: ResponseScore[],
) {
  for (const score of scores) {
    await scoresRepo.upsertLatestScore(ex, {
      workspaceId,
      customerId,
      metric: score.metric,
      value: score.value,
      responseId: response.id,
      surveyId: response.surveyId,
      at: response.completedAt,
    });
  }
}

export { latestScoresOf } from "./scores-repo.ts";
