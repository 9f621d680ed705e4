// What both hosted-page use cases start from: the live survey behind the link, the respondent's response
// (from the signed cookie) with the survey version it answers, and the page outcome they hand to HTTP.
import {
  CHANNELS,
  type Channel,
  chooseLanguage,
  type LocalizedText,
  pickText,
  pipeText,
  type Survey,
  type SurveyDefinition,
  type SurveyResponse,
} from "@touchpoint/core";
import { NotFoundError } from "../../platform/errors.ts";
import { getResponse, type ResponsesDeps } from "../responses/service.ts";
import { findLiveSurveyBySlug, findSurveyVersionIn } from "../surveys/service.ts";
import type { DocumentView } from "./render-document.ts";
import { surveyPath } from "./render-page.ts";
import { respondentCookieName, verifyResponseCookie } from "./respondent-cookie.ts";
import type { RespondentState } from "./survey-position.ts";

export interface HostedPageDeps extends ResponsesDeps {
  /** The process secret, which signs the respondent cookie. */
  secret: string;
}

/** Set (a value) or clear (undefined) the respondent cookie. */
export interface CookieChange {
  name: string;
  value: string | undefined;
}

export type Outcome =
  | { kind: "page"; status: number; html: string; cookie?: CookieChange | undefined }
  | { kind: "redirect"; location: string; cookie?: CookieChange | undefined };

export interface Respondent {
  slug: string;
  workspaceId: string;
  survey: Survey;
  /** The version the response answers, else the current one. */
  definition: SurveyDefinition;
  response: SurveyResponse | undefined;
  cookieName: string;
  /** The browser sent a cookie that names no usable response: it is cleared. */
  staleCookie: boolean;
}

/** Channels a hosted-page link may name; anything else counts as a plain link. */
const HOSTED_CHANNELS: readonly Channel[] = ["email", "sms", "qr", "web", "link"];

export function channelFrom(value: string | undefined): Channel {
  const channel = CHANNELS.find((candidate) => candidate === value);
  return channel && HOSTED_CHANNELS.includes(channel) ? channel : "link";
}

async function findResponse(deps: HostedPageDeps, workspaceId: string, surveyId: string, id: string) {
  try {
    return await getResponse(deps, workspaceId, surveyId, id);
  } catch (error) {
    // A signed id whose response is gone (or belongs to another survey) starts a new response.
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

export async function loadRespondent(
  deps: HostedPageDeps,
  slug: string,
  cookies: Record<string, string | undefined>,
): Promise<Respondent> {
  const { workspaceId, survey } = await findLiveSurveyBySlug(deps, slug);
  const cookieName = respondentCookieName(survey.id);
  const cookie = cookies[cookieName];
  const responseId = verifyResponseCookie(deps.secret, cookie);
  const response = responseId ? await findResponse(deps, workspaceId, survey.id, responseId) : undefined;
  const definition =
    response && response.surveyVersion !== survey.version
      ? await findSurveyVersionIn(deps.database.db, workspaceId, survey.id, response.surveyVersion)
      : survey.definition;
  return {
    slug,
    workspaceId,
    survey,
    definition: definition ?? survey.definition,
    response,
    cookieName,
    staleCookie: cookie !== undefined && !response,
  };
}

/** The page's language: asked for, else the response's, else the browser's, else the survey's default. */
export function languageFor(respondent: Respondent, requested?: string, acceptLanguage?: string): string {
  // The response's language stands in for the customer's: it is what this respondent chose before.
  return chooseLanguage(respondent.definition, {
    requested,
    customerLanguage: respondent.response?.language,
    acceptLanguage,
  });
}

export function stateOf(respondent: Respondent, hiddenForNew: Record<string, string>): RespondentState {
  const { response } = respondent;
  return {
    answers: response?.answers ?? {},
    hidden: response?.hidden ?? hiddenForNew,
    customer: response?.customer?.attributes ?? {},
  };
}

/** The hidden fields of the survey found among `values` (query parameters, or form fields under a prefix). */
export function hiddenFrom(
  definition: SurveyDefinition,
  values: Record<string, string | undefined>,
  prefix = "",
): Record<string, string> {
  const hidden: Record<string, string> = {};
  for (const { key } of definition.hiddenFields) {
    const value = Object.hasOwn(values, prefix + key) ? values[prefix + key] : undefined;
    // The API's limit for a hidden value; a longer one is cut rather than refusing the respondent.
    if (value !== undefined) hidden[key] = value.slice(0, 2000);
  }
  return hidden;
}

export function surveyHref(slug: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
  const search = params.toString();
  return search ? `${surveyPath(slug)}?${search}` : surveyPath(slug);
}

/** A survey text in the page's language with the respondent's values piped in (as text; markup escapes). */
export function textFor(respondent: Respondent, language: string, state: RespondentState) {
  const { definition } = respondent;
  return (value: LocalizedText | undefined) =>
    value
      ? pipeText(pickText(value, language, definition.defaultLanguage), { ...state, definition, language })
      : "";
}

/** The document around a survey page; the language links keep the rest of `query`. */
export function documentFor(
  respondent: Respondent,
  language: string,
  query: Record<string, string | undefined>,
): DocumentView {
  const { definition } = respondent;
  return {
    language,
    title: pickText(definition.title, language, definition.defaultLanguage),
    brandColor: definition.theme.brandColor,
    logoUrl: definition.theme.logoUrl,
    languageLinks: definition.languages.map((candidate) => ({
      language: candidate,
      href: surveyHref(respondent.slug, { ...query, lang: candidate }),
    })),
  };
}
