// Use case: a page of a survey's responses, filtered (answer filters read against the survey's definition)
// and sorted by arrival or by completion time.
import type { SurveyResponse } from "@touchpoint/core";
import { DomainError, NotFoundError, ValidationError } from "../../platform/errors.ts";
import { findSurveyIn } from "../surveys/service.ts";
import { parseAnswerFilters } from "./answer-filters.ts";
import * as repo from "./repo.ts";
import { decodeCursor, encodeCursor, type ResponseSort } from "./response-cursor.ts";
import type { ResponsesDeps } from "./service.ts";

export interface ResponseQuery extends Omit<repo.ResponseFilters, "after" | "answers" | "sort"> {
  sort: ResponseSort;
  /** `nextCursor` of the previous page, for the same sort. */
  cursor?: string | undefined;
  /** `questionId:value` pairs, all of which must hold. */
  answer: string[];
}

export async function findResponses(
  deps: Pick<ResponsesDeps, "database">,
  workspaceId: string,
  surveyId: string,
  { cursor, answer, ...query }: ResponseQuery,
): Promise<{ items: SurveyResponse[]; nextCursor: string | null }> {
  const survey = await findSurveyIn(deps.database.db, workspaceId, surveyId);
  if (!survey) throw new NotFoundError("Survey");
  const answers = parseAnswerFilters(survey.definition, answer);
  if (!answers.ok) {
    throw new DomainError(422, "invalid_filter", "Some answer filters do not fit this survey.", {
      errors: answers.errors,
    });
  }
  const after = cursor === undefined ? undefined : decodeCursor(query.sort, cursor);
  if (after === null) {
    throw new ValidationError("This cursor is not from a page of this sort order.", [
      { path: "querystring.cursor", message: `not a cursor of sort=${query.sort}; start again without it` },
    ]);
  }
  const page = await repo.listResponses(deps.database.db, workspaceId, surveyId, {
    ...query,
    after,
    answers: answers.filters,
  });
  return { items: page.items, nextCursor: page.next ? encodeCursor(query.sort, page.next) : null };
}
