// The free text a completed response holds, for the text enrichment: every answer to a text question and
// the "other" text of a choice answer, by question id. Other answer types carry no text worth analysing.
import { allQuestions } from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { findSurveyVersionIn } from "../surveys/service.ts";
import * as repo from "./repo.ts";

export interface ResponseTexts {
  customerId: string | null;
  completedAt: Date;
  texts: { field: string; text: string }[];
}

const CHOICE_TYPES = new Set(["single_choice", "multiple_choice", "dropdown"]);

function textOf(type: string, answer: unknown): string | undefined {
  if (type === "text") return typeof answer === "string" ? answer : undefined;
  if (!CHOICE_TYPES.has(type) || typeof answer !== "object" || answer === null) return undefined;
  const other = (answer as { other?: unknown }).other;
  return typeof other === "string" ? other : undefined;
}

/** The open texts of a completed response; undefined when it is missing or not completed. */
export async function openTextsOfResponse(
  ex: Executor,
  workspaceId: string,
  responseId: string,
): Promise<ResponseTexts | undefined> {
  const row = await repo.findForEnrichment(ex, workspaceId, responseId);
  if (row?.status !== "completed" || !row.completedAt) return undefined;
  const definition = await findSurveyVersionIn(ex, workspaceId, row.surveyId, row.surveyVersion);
  if (!definition) return undefined;
  const answers = row.answers as Record<string, unknown>;
  const texts = allQuestions(definition).flatMap((question) => {
    const text = textOf(question.type, answers[question.id]);
    return text && text.trim() !== "" ? [{ field: question.id, text }] : [];
  });
  return { customerId: row.customerId, completedAt: row.completedAt, texts };
}
