// Use cases of the surveys module: create, read, edit (new version once live), change status, delete drafts.

import { randomBytes } from "node:crypto";
import {
  type CreateSurveyInput,
  pickText,
  SURVEY_TRANSITIONS,
  type Survey,
  type SurveyStatus,
  type UpdateSurveyInput,
} from "@touchpoint/core";
import type { Database, Executor } from "../../platform/db/database.ts";
import { ConflictError, DomainError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller, systemActor } from "../platform/caller.ts";
import { slugify } from "../platform/workspaces.ts";
import * as repo from "./repo.ts";
import { forgetSurveyState } from "./survey-cache.ts";

export interface SurveysDeps {
  database: Database;
}

/** Readable and unguessable enough for a public link: "khao-sat-hai-long-k3f9q". */
function generateSlug(title: string): string {
  const base = slugify(title).slice(0, 40).replace(/-+$/, "");
  return `${base}-${randomBytes(4).toString("hex").slice(0, 5)}`;
}

export async function createSurvey(
  deps: SurveysDeps,
  caller: Caller,
  input: CreateSurveyInput,
): Promise<Survey> {
  const { definition } = input;
  const title = pickText(definition.title, definition.defaultLanguage, definition.defaultLanguage);
  return deps.database.transaction(async (tx) => {
    let slug = input.slug ?? generateSlug(title);
    if (await repo.slugTaken(tx, slug)) {
      if (input.slug)
        throw new ConflictError(`The address "${slug}" is taken by another survey.`, "slug_taken");
      slug = generateSlug(title);
    }
    const id = newId();
    const name = input.name ?? title;
    await repo.insertSurvey(tx, { workspaceId: caller.workspaceId, id, slug, name, definition });
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action: "survey.create",
      targetType: "survey",
      targetId: id,
      after: { name, slug },
    });
    return mustFind(await repo.findSurvey(tx, caller.workspaceId, id));
  });
}

function mustFind(survey: Survey | undefined): Survey {
  if (!survey) throw new NotFoundError("Survey");
  return survey;
}

export async function getSurvey(
  deps: SurveysDeps,
  caller: Pick<Caller, "workspaceId">,
  id: string,
): Promise<Survey> {
  return mustFind(await repo.findSurvey(deps.database.db, caller.workspaceId, id));
}

export function listSurveys(
  deps: SurveysDeps,
  caller: Caller,
  page: { cursor?: string | undefined; limit: number; status?: SurveyStatus | undefined },
) {
  return repo.listSurveys(deps.database.db, caller.workspaceId, page);
}

/** A draft is edited in place; a survey that has been live gets a new version, so old responses keep theirs. */
export async function updateSurvey(
  deps: SurveysDeps,
  caller: Caller,
  id: string,
  input: UpdateSurveyInput,
): Promise<Survey> {
  const updated = await deps.database.transaction(async (tx) => {
    const survey = mustFind(await repo.findSurvey(tx, caller.workspaceId, id, { forUpdate: true }));
    if (survey.status === "closed")
      throw new ConflictError("A closed survey cannot be edited.", "survey_closed");
    let version = survey.version;
    if (input.definition) {
      if (survey.status === "draft") {
        await repo.replaceDefinition(tx, caller.workspaceId, id, version, input.definition);
      } else {
        version += 1;
        await repo.insertVersion(tx, caller.workspaceId, id, version, input.definition);
      }
    }
    await repo.updateSurvey(tx, caller.workspaceId, id, {
      ...(input.name ? { name: input.name } : {}),
      currentVersion: version,
    });
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action: "survey.update",
      targetType: "survey",
      targetId: id,
      before: { name: survey.name, version: survey.version },
      after: { name: input.name ?? survey.name, version },
    });
    return mustFind(await repo.findSurvey(tx, caller.workspaceId, id));
  });
  forgetSurveyState(deps.database, caller.workspaceId, id);
  return updated;
}

export async function changeSurveyStatus(
  deps: SurveysDeps,
  caller: Caller,
  id: string,
  status: SurveyStatus,
): Promise<Survey> {
  const changed = await deps.database.transaction(async (tx) => {
    const survey = mustFind(await repo.findSurvey(tx, caller.workspaceId, id, { forUpdate: true }));
    if (survey.status === status) return survey;
    if (!SURVEY_TRANSITIONS[survey.status].includes(status)) {
      throw new ConflictError(`A ${survey.status} survey cannot become ${status}.`, "invalid_transition");
    }
    await repo.updateSurvey(tx, caller.workspaceId, id, { status });
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action: "survey.status_change",
      targetType: "survey",
      targetId: id,
      before: { status: survey.status },
      after: { status },
    });
    return { ...survey, status };
  });
  forgetSurveyState(deps.database, caller.workspaceId, id);
  return changed;
}

/** Only drafts can be deleted: a survey that went live may have answers, which are never thrown away. */
export async function deleteSurvey(deps: SurveysDeps, caller: Caller, id: string) {
  await deps.database.transaction(async (tx) => {
    const survey = mustFind(await repo.findSurvey(tx, caller.workspaceId, id, { forUpdate: true }));
    if (survey.status !== "draft") {
      throw new ConflictError(
        "Only draft surveys can be deleted; close this one instead.",
        "survey_not_draft",
      );
    }
    await repo.deleteSurvey(tx, caller.workspaceId, id);
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action: "survey.delete",
      targetType: "survey",
      targetId: id,
      before: { name: survey.name, slug: survey.slug },
    });
  });
}

// What other modules use of surveys; they run inside the caller's transaction, hence the executor.

export function findSurveyIn(ex: Executor, workspaceId: string, id: string) {
  return repo.findSurvey(ex, workspaceId, id);
}

// Ingestion's cached reads (survey-cache.ts); the transaction storing a response re-checks with surveyStateIn.
export { cachedPublishedVersion, cachedSurveyState, forgetSurveyState } from "./survey-cache.ts";

/** Status and current version as the executor sees them now, e.g. inside the transaction storing a response. */
export function surveyStateIn(ex: Executor, workspaceId: string, id: string) {
  return repo.findSurveyState(ex, workspaceId, id);
}

export function findSurveyVersionIn(ex: Executor, workspaceId: string, surveyId: string, version: number) {
  return repo.findDefinition(ex, workspaceId, surveyId, version);
}

export function addToResponseCount(ex: Executor, workspaceId: string, surveyId: string, by: number) {
  return repo.incrementResponseCount(ex, workspaceId, surveyId, by);
}

/** A survey of the workspace by id or by its public slug (CLI arguments accept either). */
export async function findSurveyByReference(ex: Executor, workspaceId: string, reference: string) {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(reference)) {
    return repo.findSurvey(ex, workspaceId, reference);
  }
  const found = await repo.findSurveyBySlug(ex, reference);
  return found?.workspaceId === workspaceId ? found.survey : undefined;
}

/**
 * The survey behind a public link (the hosted page), with its workspace. Respondents only ever see a live
 * survey: an unknown slug is not found, a draft not live yet (404), a closed one gone (410), a paused one
 * unavailable for now (503).
 */
export async function findLiveSurveyBySlug(deps: SurveysDeps, slug: string) {
  const found = await repo.findSurveyBySlug(deps.database.db, slug);
  if (!found) throw new NotFoundError("Survey");
  const { status } = found.survey;
  if (status === "draft") throw new DomainError(404, "survey_not_live", "This survey is not published yet.");
  if (status === "closed")
    throw new DomainError(410, "survey_closed", "This survey is closed and accepts no more responses.");
  if (status === "paused") throw new DomainError(503, "survey_paused", "This survey is paused.");
  return found;
}

/** Live surveys of a workspace whose widget is enabled. */
export function listWidgetSurveysIn(ex: Executor, workspaceId: string) {
  return repo.listLiveWidgetSurveys(ex, workspaceId);
}

/** Closes a survey whose quota just filled, in the transaction of the response that filled it. */
export async function closeSurveyForQuota(
  ex: Executor,
  workspaceId: string,
  surveyId: string,
  quotaName: string,
) {
  await repo.updateSurvey(ex, workspaceId, surveyId, { status: "closed" });
  await recordAudit(ex, workspaceId, systemActor, {
    action: "survey.status_change",
    targetType: "survey",
    targetId: surveyId,
    before: { status: "live" },
    after: { status: "closed", reason: `quota "${quotaName}" is full` },
  });
}
