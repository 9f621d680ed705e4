// Use case: a recipient clicked a link of their invitation (`/i/:token`, `?a=<score>` from the embedded
// question). Their response is created once (or reused), the score recorded as the first answer, the
// invitation marked started, and the browser sent to the hosted page with the cookie that resumes it.
import {
  type CustomerReference,
  chooseLanguage,
  type SurveyDefinition,
  type SurveyResponse,
} from "@touchpoint/core";
import { DomainError } from "../../platform/errors.ts";
import { surveyHref } from "../hosted-page/respondent.ts";
import { respondentCookieName, signResponseId } from "../hosted-page/respondent-cookie.ts";
import { patchResponse, submitResponse } from "../responses/service.ts";
import { findSurveyIn } from "../surveys/service.ts";
import { scoreFromLink } from "./embedded-question.ts";
import { findInvitationByToken, pageLanguage } from "./find-by-token.ts";
import { responseOfInvitation } from "./invitation-progress.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import { renderLinkPage } from "./link-pages.ts";
import { INVITATION_ID_FIELD } from "./recipient-rows.ts";
import * as repo from "./repo.ts";

export type OpenOutcome =
  | { kind: "page"; status: number; html: string }
  | { kind: "redirect"; location: string; cookie?: { name: string; value: string } };

export interface OpenInvitationInput {
  token: string;
  /** The `a` query parameter of a score link. */
  score: string | undefined;
  acceptLanguage: string | undefined;
}

/** The invitation's hidden values the survey still declares, with its id when the survey asks for it. */
function hiddenFor(definition: SurveyDefinition, invitation: repo.InvitationRow): Record<string, string> {
  const declared = new Set(definition.hiddenFields.map((field) => field.key));
  const values = Object.entries(invitation.hidden as Record<string, string>).filter(([key]) =>
    declared.has(key),
  );
  if (declared.has(INVITATION_ID_FIELD)) values.push([INVITATION_ID_FIELD, invitation.id]);
  return Object.fromEntries(values);
}

function customerOf(invitation: repo.InvitationRow, language: string): CustomerReference {
  const name = invitation.name ?? undefined;
  // Attributes feed `{{customer.name}}` on the hosted page, as they did in the email.
  const attributes = { email: invitation.email, ...(name ? { name } : {}) };
  return { email: invitation.email, ...(name ? { name } : {}), language, attributes };
}

async function startResponse(
  deps: InvitationsDeps,
  invitation: repo.InvitationRow,
  definition: SurveyDefinition,
  language: string,
): Promise<SurveyResponse> {
  const existing = await responseOfInvitation(deps, invitation);
  if (existing) return existing;
  // The same body under the same key every time: two clicks at once store one response.
  const { response } = await submitResponse(
    deps,
    invitation.workspaceId,
    invitation.surveyId,
    {
      answers: {},
      hidden: hiddenFor(definition, invitation),
      language,
      channel: "email",
      customer: customerOf(invitation, language),
      complete: false,
    },
    `invitation:${invitation.id}`,
  );
  return response;
}

async function recordScore(
  deps: InvitationsDeps,
  workspaceId: string,
  response: SurveyResponse,
  answer: { questionId: string; score: number },
): Promise<SurveyResponse> {
  try {
    return await patchResponse(deps, workspaceId, response.surveyId, response.id, {
      answers: { [answer.questionId]: answer.score },
      complete: false,
    });
  } catch (error) {
    // The response answers an older version whose first question differs: the page asks for it instead.
    if (error instanceof DomainError && error.status === 422) return response;
    throw error;
  }
}

export async function openInvitation(
  deps: InvitationsDeps,
  input: OpenInvitationInput,
): Promise<OpenOutcome> {
  const invitation = await findInvitationByToken(deps, input.token);
  const pageIn = pageLanguage(invitation?.language, input.acceptLanguage);
  if (!invitation) return { kind: "page", status: 404, html: renderLinkPage({ kind: "notFound" }, pageIn) };
  if (invitation.status === "unsubscribed") {
    const html = renderLinkPage({ kind: "unsubscribed", email: invitation.email }, pageIn);
    return { kind: "page", status: 200, html };
  }
  const { workspaceId } = invitation;
  const survey = await findSurveyIn(deps.database.db, workspaceId, invitation.surveyId);
  if (!survey) return { kind: "page", status: 404, html: renderLinkPage({ kind: "notFound" }, pageIn) };
  const { definition } = survey;
  const language = chooseLanguage(definition, { requested: invitation.language });
  const location = surveyHref(survey.slug, { lang: language });
  // A closed or paused survey: the hosted page says so in its own words.
  if (survey.status !== "live") return { kind: "redirect", location };
  let response = await startResponse(deps, invitation, definition, language);
  const context = {
    hidden: response.hidden,
    customer: (response.customer?.attributes ?? {}) as Record<string, unknown>,
  };
  const score = scoreFromLink(definition, context, input.score);
  if (score && response.status === "partial")
    response = await recordScore(deps, workspaceId, response, score);
  const now = deps.clock.now();
  await repo.markStarted(deps.database.db, workspaceId, invitation.id, response.id, now);
  if (response.status !== "partial") {
    const completedAt = response.completedAt ? new Date(response.completedAt) : now;
    await repo.updateInvitation(
      deps.database.db,
      workspaceId,
      invitation.id,
      { status: "completed", completedAt, nextReminderAt: null, updatedAt: now },
      ["started"],
    );
  }
  return {
    kind: "redirect",
    location,
    cookie: { name: respondentCookieName(survey.id), value: signResponseId(deps.secret, response.id) },
  };
}
