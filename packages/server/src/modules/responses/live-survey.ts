// Which survey version a live submission is validated against, and whether it may still be stored:
// the fast answer from the in-process caches (surveys/survey-cache.ts), checked against the database
// wherever a stale copy could change the outcome, so no process acts on another's old state.
import type { ResponseValidator } from "@touchpoint/core";
import type { Database, Executor } from "../../platform/db/database.ts";
import { ConflictError, DomainError, NotFoundError } from "../../platform/errors.ts";
import {
  cachedPublishedVersion,
  cachedSurveyState,
  forgetSurveyState,
  surveyStateIn,
} from "../surveys/service.ts";
import type { SurveyVersion } from "./group-commit.ts";

/** Why a survey in this status takes no responses, or undefined when it is live. */
function statusRefusal(status: string): DomainError | undefined {
  if (status === "closed")
    return new DomainError(410, "survey_closed", "This survey is closed and accepts no more responses.");
  if (status === "draft")
    return new ConflictError(
      "This survey is a draft: publish it before collecting responses.",
      "survey_not_live",
    );
  if (status === "paused") return new ConflictError("This survey is paused.", "survey_paused");
  return undefined;
}

export function assertAcceptsResponses(status: string) {
  const refusal = statusRefusal(status);
  if (refusal) throw refusal;
}

/** The survey got a new version between validating a submission and storing it. */
export class SurveyVersionChanged extends ConflictError {
  constructor() {
    super("The survey changed while this response was being stored; send it again.", "survey_changed");
  }
}

/**
 * The survey version a live submission is validated against, from the in-process caches: no round trip
 * when warm. The state is checked again as the response is stored (refusalNow).
 */
export async function liveSurveyVersion(
  database: Database,
  workspaceId: string,
  surveyId: string,
): Promise<SurveyVersion & { validate: ResponseValidator }> {
  let state = await cachedSurveyState(database, workspaceId, surveyId);
  // A cached refusal is read again: a paused or draft survey may have gone live in another process since
  // it was cached. Closed is final, and what is not found is never cached.
  if (state && state.status !== "live" && state.status !== "closed") {
    forgetSurveyState(database, workspaceId, surveyId);
    state = await cachedSurveyState(database, workspaceId, surveyId);
  }
  if (!state) throw new NotFoundError("Survey");
  assertAcceptsResponses(state.status);
  const published = await cachedPublishedVersion(database, workspaceId, surveyId, state.version);
  if (!published) throw new NotFoundError("Survey version");
  return { id: surveyId, version: state.version, ...published };
}

/**
 * Why a submission validated against `survey` must not be stored after all: the survey closed, paused or got
 * a new version since the cached state was read (perhaps by another process). Read just before or inside
 * the storing transaction.
 */
export async function refusalNow(
  database: Database,
  ex: Executor,
  survey: SurveyVersion,
  workspaceId: string,
): Promise<DomainError | undefined> {
  const state = await surveyStateIn(ex, workspaceId, survey.id);
  if (state?.status === "live" && state.version === survey.version) return undefined;
  forgetSurveyState(database, workspaceId, survey.id);
  if (!state) return new NotFoundError("Survey");
  return statusRefusal(state.status) ?? new SurveyVersionChanged();
}
