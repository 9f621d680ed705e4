// Use cases of the responses module: accept a response (idempotent, validated against the survey's logic,
// committed with its follow-up jobs), complete a partial one, and read them back.
import { createHash } from "node:crypto";
import {
  chooseLanguage,
  compileResponseValidator,
  type PatchResponseInput,
  type ResponseValidator,
  type SubmitResponseInput,
  type Survey,
  type SurveyDefinition,
  type SurveyResponse,
  validateResponse,
} from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Tx } from "../../platform/db/database.ts";
import { ConflictError, DomainError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { findSurveyIn, findSurveyVersionIn } from "../surveys/service.ts";
import { GroupCommitter, type SurveyVersion } from "./group-commit.ts";
import { RESPONSE_COMPLETED_JOB } from "./jobs.ts";
import {
  assertAcceptsResponses,
  liveSurveyVersion,
  refusalNow,
  SurveyVersionChanged,
} from "./live-survey.ts";
import { applyQuotas } from "./quotas.ts";
import * as repo from "./repo.ts";

export interface ResponsesDeps {
  database: Database;
  jobs: JobQueue;
  clock: Clock;
}

export interface SubmitResult {
  response: SurveyResponse;
  /** True when this was a retry of a response already stored under the same client id. */
  replayed: boolean;
}

const invalid = (errors: { path: string; message: string }[]) =>
  new DomainError(422, "invalid_response", "Some answers are not valid for this survey.", { errors });

const nfcValues = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.normalize("NFC")]));

/** The request's content without its id: a retry may carry the id in the header or in the body. */
function requestHash(input: SubmitResponseInput): string {
  const { clientResponseId: _id, ...content } = input;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

/** A response checked against its survey and ready to store, or the problems that stop it. */
export type PreparedResponse =
  | { ok: true; row: repo.NewResponse & { clientResponseId: string | null } }
  | { ok: false; errors: { path: string; message: string }[] };

/**
 * Validates one submission against a survey version, with the version's compiled validator when the caller
 * has one; pure apart from the clock and ids.
 */
export function prepareResponse(
  survey: SurveyVersion & { validate?: ResponseValidator },
  workspaceId: string,
  input: SubmitResponseInput,
  now: Date,
  idempotencyKey?: string,
): PreparedResponse {
  const { definition } = survey;
  const language =
    input.language ?? chooseLanguage(definition, { customerLanguage: input.customer?.language });
  if (!definition.languages.includes(language)) {
    return {
      ok: false,
      errors: [{ path: "language", message: `this survey speaks ${definition.languages.join(", ")}` }],
    };
  }
  const hidden = nfcValues(input.hidden);
  const validate = survey.validate ?? compileResponseValidator(definition);
  const result = validate({
    answers: input.answers,
    hidden,
    customer: input.customer?.attributes ?? {},
    complete: input.complete,
  });
  if (!result.ok) return { ok: false, errors: result.errors };
  return {
    ok: true,
    row: {
      workspaceId,
      id: newId(),
      surveyId: survey.id,
      surveyVersion: survey.version,
      status: input.complete ? "completed" : "partial",
      answers: result.answers,
      hidden,
      language,
      channel: input.channel,
      customer: input.customer ?? null,
      clientResponseId: idempotencyKey ?? input.clientResponseId ?? null,
      requestHash: requestHash(input),
      ending: input.complete ? (result.ending ?? definition.endings[0]?.id ?? null) : null,
      startedAt: input.startedAt ? new Date(input.startedAt) : null,
      completedAt: input.complete ? new Date(input.submittedAt ?? now) : null,
    },
  };
}

/**
 * Stores prepared responses with their jobs in one transaction and returns those not already stored.
 * Quotas are applied to newly stored completed responses only, so a retry never takes a second place.
 */
export async function storeResponses(
  deps: ResponsesDeps,
  tx: Tx,
  survey: Pick<Survey, "id" | "definition">,
  workspaceId: string,
  rows: repo.NewResponse[],
) {
  const inserted = await repo.insertResponses(tx, rows);
  if (survey.definition.quotas.length > 0) {
    for (const [index, response] of inserted.entries()) {
      if (response.status !== "completed") continue;
      const outcome = await applyQuotas(
        tx,
        workspaceId,
        survey,
        { ...response, customer: response.customer?.attributes ?? {} },
        response.ending,
      );
      if (outcome.status !== "completed") {
        await repo.setOutcome(tx, workspaceId, response.id, outcome);
        inserted[index] = { ...response, ...outcome };
      }
    }
  }
  const completed = inserted.filter((response) => response.status === "completed");
  await deps.jobs.enqueueMany(
    tx,
    RESPONSE_COMPLETED_JOB,
    completed.map((response) => ({ workspaceId, responseId: response.id })),
  );
  return inserted;
}

export async function submitResponse(
  deps: ResponsesDeps,
  workspaceId: string,
  surveyId: string,
  input: SubmitResponseInput,
  idempotencyKey?: string,
): Promise<SubmitResult> {
  try {
    return await submitOnce(deps, workspaceId, surveyId, input, idempotencyKey);
  } catch (error) {
    if (!(error instanceof SurveyVersionChanged)) throw error;
    // A new version went live (perhaps in another process) after the cached state was read, which the
    // refusal forgot: validate against the new version once more.
    return submitOnce(deps, workspaceId, surveyId, input, idempotencyKey);
  }
}

async function submitOnce(
  deps: ResponsesDeps,
  workspaceId: string,
  surveyId: string,
  input: SubmitResponseInput,
  idempotencyKey?: string,
): Promise<SubmitResult> {
  const survey = await liveSurveyVersion(deps.database, workspaceId, surveyId);
  const prepared = prepareResponse(survey, workspaceId, input, deps.clock.now(), idempotencyKey);
  // Invalid against the cached version, which another process may have replaced since: read the state
  // before refusing (a new version is retried, a survey closed meanwhile answers 410 as it would have).
  if (!prepared.ok) {
    const refusal = await refusalNow(deps.database, deps.database.db, survey, workspaceId);
    throw refusal ?? invalid(prepared.errors);
  }
  const { row } = prepared;
  // Quotas can refuse one response (410) and must not fail the others in a shared transaction.
  const inserted =
    survey.definition.quotas.length > 0
      ? await deps.database.transaction(async (tx) => {
          const refusal = await refusalNow(deps.database, tx, survey, workspaceId);
          if (refusal) throw refusal;
          return (await storeResponses(deps, tx, survey, workspaceId, [row]))[0];
        })
      : await committerFor(deps).submit(survey, workspaceId, row);
  if (inserted) return { response: inserted, replayed: false };
  const existing = row.clientResponseId
    ? await repo.findByClientId(deps.database.db, workspaceId, surveyId, row.clientResponseId)
    : undefined;
  if (!existing) throw new Error("response conflict without a stored response");
  if (existing.requestHash !== row.requestHash) {
    throw new ConflictError(
      "This idempotency key was used for a different response.",
      "idempotency_key_reused",
    );
  }
  return { response: existing.response, replayed: true };
}

/** One committer per database, shared by every request of the process. */
const committers = new WeakMap<Database, GroupCommitter>();
function committerFor(deps: ResponsesDeps): GroupCommitter {
  let committer = committers.get(deps.database);
  if (!committer) {
    committer = new GroupCommitter(deps.database, {
      refusal: (ex, survey, workspaceId) => refusalNow(deps.database, ex, survey, workspaceId),
      store: (tx, survey, workspaceId, rows) => storeResponses(deps, tx, survey, workspaceId, rows),
    });
    committers.set(deps.database, committer);
  }
  return committer;
}

/** Adds answers to a partial response (page by page) and completes it when `complete` is true. */
export async function patchResponse(
  deps: ResponsesDeps,
  workspaceId: string,
  surveyId: string,
  responseId: string,
  input: PatchResponseInput,
): Promise<SurveyResponse> {
  return deps.database.transaction(async (tx) => {
    const response = await repo.findResponse(tx, workspaceId, surveyId, responseId, { forUpdate: true });
    if (!response) throw new NotFoundError("Response");
    if (response.status !== "partial")
      throw new ConflictError("This response is already complete.", "response_completed");
    const survey = await findSurveyIn(tx, workspaceId, surveyId);
    if (!survey) throw new NotFoundError("Survey");
    if (survey.status === "closed") assertAcceptsResponses(survey.status);
    const definition: SurveyDefinition | undefined = await findSurveyVersionIn(
      tx,
      workspaceId,
      surveyId,
      response.surveyVersion,
    );
    if (!definition) throw new NotFoundError("Survey version");
    const hidden = { ...response.hidden, ...nfcValues(input.hidden ?? {}) };
    const result = validateResponse(definition, {
      answers: { ...response.answers, ...input.answers },
      hidden,
      customer: response.customer?.attributes ?? {},
      complete: input.complete,
    });
    if (!result.ok) throw invalid(result.errors);
    const completedAt = input.complete ? deps.clock.now() : null;
    const ending = input.complete ? (result.ending ?? definition.endings[0]?.id ?? null) : null;
    const outcome = input.complete
      ? await applyQuotas(
          tx,
          workspaceId,
          { ...survey, definition },
          { answers: result.answers, hidden, customer: response.customer?.attributes ?? {} },
          ending,
        )
      : { status: "partial" as const, ending };
    const changes = { answers: result.answers, hidden, ...outcome, completedAt };
    await repo.updateResponse(tx, workspaceId, responseId, changes);
    if (outcome.status === "completed")
      await deps.jobs.enqueue(tx, RESPONSE_COMPLETED_JOB, { workspaceId, responseId });
    return {
      ...response,
      ...changes,
      status: changes.status as SurveyResponse["status"],
      completedAt: completedAt?.toISOString() ?? null,
      updatedAt: deps.clock.now().toISOString(),
    };
  });
}

export async function getResponse(
  deps: ResponsesDeps,
  workspaceId: string,
  surveyId: string,
  responseId: string,
) {
  const response = await repo.findResponse(deps.database.db, workspaceId, surveyId, responseId);
  if (!response) throw new NotFoundError("Response");
  return response;
}
