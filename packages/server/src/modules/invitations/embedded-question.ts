// The survey's first question inside the email when it is a score (NPS, CSAT, CES, rating): one link per
// score, so one click answers it. Also reads the score back from a clicked link (`?a=`).
import {
  answerSchemaFor,
  pickText,
  type Question,
  type SurveyDefinition,
  walkSurvey,
} from "@touchpoint/core";
import { messagesFor } from "../hosted-page/messages.ts";

type ScoreQuestion = Extract<Question, { type: "nps" | "csat" | "ces" | "rating" }>;

export interface EmbeddedScale {
  question: ScoreQuestion;
  points: number[];
  style: "numbers" | "stars";
  lowLabel: string;
  highLabel: string;
}

export interface RespondentContext {
  hidden: Record<string, string>;
  customer: Record<string, unknown>;
}

function pointsOf(question: ScoreQuestion): number[] {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (question.type === "nps") return range(0, 10);
  if (question.type === "csat") return range(1, 5);
  if (question.type === "ces") return range(1, 7);
  return range(1, question.points);
}

/** The first question this respondent would see, when it is a score question. */
export function firstScoreQuestion(
  definition: SurveyDefinition,
  context: RespondentContext,
): ScoreQuestion | undefined {
  const path = walkSurvey(definition, { answers: {}, ...context });
  const firstId = path.visibleQuestions[0];
  const question = definition.pages.flatMap((page) => page.questions).find((q) => q.id === firstId);
  if (!question) return undefined;
  const { type } = question;
  return type === "nps" || type === "csat" || type === "ces" || type === "rating" ? question : undefined;
}

export function embeddedScaleOf(
  definition: SurveyDefinition,
  context: RespondentContext,
  language: string,
): EmbeddedScale | undefined {
  const question = firstScoreQuestion(definition, context);
  if (!question) return undefined;
  const text = (value: Parameters<typeof pickText>[0]) =>
    pickText(value, language, definition.defaultLanguage);
  // The hosted page's words for the ends of the standard scales, so the email and the page agree.
  const t = messagesFor(language);
  const defaults: Record<ScoreQuestion["type"], [string, string]> = {
    nps: [t.npsLow, t.npsHigh],
    csat: [t.csatLow, t.csatHigh],
    ces: [t.cesLow, t.cesHigh],
    rating: ["", ""],
  };
  const [low, high] = defaults[question.type];
  return {
    question,
    points: pointsOf(question),
    style: question.type === "rating" && question.style === "stars" ? "stars" : "numbers",
    lowLabel: question.lowLabel ? text(question.lowLabel) : low,
    highLabel: question.highLabel ? text(question.highLabel) : high,
  };
}

/** The answer a score link carries, when it is a valid score of the first question; else undefined. */
export function scoreFromLink(
  definition: SurveyDefinition,
  context: RespondentContext,
  value: string | undefined,
): { questionId: string; score: number } | undefined {
  if (value === undefined || !/^\d{1,2}$/.test(value)) return undefined;
  const question = firstScoreQuestion(definition, context);
  if (!question) return undefined;
  const score = Number(value);
  if (!pointsOf(question).includes(score) || !answerSchemaFor(question).safeParse(score).success)
    return undefined;
  return { questionId: question.id, score };
}
