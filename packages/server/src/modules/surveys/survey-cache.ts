// Surveys as ingestion reads them, cached in process so a submission costs no survey lookup.
// - A version's definition never changes once the survey left draft (drafts are edited in place, never
//   entered again), so published versions stay cached until evicted, each with its compiled validator.
// - A survey's state (status, current version) can change at any time. It is kept SURVEY_STATE_TTL_MS at
//   most and forgotten as soon as this process changes it. Another process (a second server, a worker
//   closing a quota) may see an old state for that long; ingestion therefore re-reads the state in the
//   transaction that stores a response, so a stale copy can refuse a response for a few seconds (a survey
//   reopened elsewhere) but never lets one in after its survey closed or got a new version.
import {
  compileResponseValidator,
  type ResponseValidator,
  type SurveyDefinition,
  type SurveyStatus,
} from "@touchpoint/core";
import type { Database } from "../../platform/db/database.ts";
import { LruCache } from "../../platform/lru-cache.ts";
import * as repo from "./repo.ts";

export const SURVEY_STATE_TTL_MS = 5_000;
const SURVEY_STATE_MAX = 10_000;
/** Definitions are the large part (tens of kB for a long survey): a few thousand stay within tens of MB. */
const SURVEY_VERSION_MAX = 2_000;

export interface SurveyState {
  status: SurveyStatus;
  version: number;
}

export interface PublishedVersion {
  definition: SurveyDefinition;
  /** Built once per version: building zod schemas costs more than validating a response with them. */
  validate: ResponseValidator;
}

interface SurveyCaches {
  states: LruCache<string, SurveyState>;
  versions: LruCache<string, PublishedVersion>;
}

/** One pair of caches per database, as the rows they copy belong to one. */
const caches = new WeakMap<Database, SurveyCaches>();

function cachesOf(database: Database): SurveyCaches {
  let found = caches.get(database);
  if (!found) {
    found = {
      states: new LruCache({ max: SURVEY_STATE_MAX, ttlMs: SURVEY_STATE_TTL_MS }),
      versions: new LruCache({ max: SURVEY_VERSION_MAX }),
    };
    caches.set(database, found);
  }
  return found;
}

const stateKey = (workspaceId: string, surveyId: string) => `${workspaceId}/${surveyId}`;

/** Status and current version, at most SURVEY_STATE_TTL_MS old; undefined for a survey not in the workspace. */
export function cachedSurveyState(
  database: Database,
  workspaceId: string,
  surveyId: string,
): Promise<SurveyState | undefined> {
  return cachesOf(database).states.getOrLoad(stateKey(workspaceId, surveyId), () =>
    repo.findSurveyState(database.db, workspaceId, surveyId),
  );
}

/**
 * A version of a survey that has left draft, with its validator (the caller checked the state first: a
 * draft's only version is still being edited and must not be cached).
 */
export function cachedPublishedVersion(
  database: Database,
  workspaceId: string,
  surveyId: string,
  version: number,
): Promise<PublishedVersion | undefined> {
  return cachesOf(database).versions.getOrLoad(`${workspaceId}/${surveyId}/${version}`, async () => {
    const definition = await repo.findDefinition(database.db, workspaceId, surveyId, version);
    return definition && { definition, validate: compileResponseValidator(definition) };
  });
}

/** After a change to a survey's status or version in this process; its versions stay, they do not change. */
export function forgetSurveyState(database: Database, workspaceId: string, surveyId: string) {
  caches.get(database)?.states.delete(stateKey(workspaceId, surveyId));
}
