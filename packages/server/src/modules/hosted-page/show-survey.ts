// GET /s/:slug — what a respondent sees when opening the survey link: the welcome screen, the page they
// are on (resuming an in-progress response from its cookie), or the thank-you screen once complete.
import { randomUUID } from "node:crypto";
import { answerToFields, type FormFields } from "./form-fields.ts";
import { endingOutcome, NO_ERRORS, pageOutcome, welcomeOutcome } from "./page-outcome.ts";
import {
  channelFrom,
  type HostedPageDeps,
  hiddenFrom,
  languageFor,
  loadRespondent,
  type Outcome,
  stateOf,
} from "./respondent.ts";
import { pageById, pageToShow, pathFor, visibleQuestionsOf } from "./survey-position.ts";

export interface ShowSurveyInput {
  slug: string;
  /** The first value of each query parameter: lang, channel, _page and hidden fields by their keys. */
  query: Record<string, string | undefined>;
  cookies: Record<string, string | undefined>;
  acceptLanguage: string | undefined;
}

/** Fields a new respondent's first page carries to the POST that creates the response. */
function newRespondentMeta(hidden: Record<string, string>, channel: string | undefined) {
  return {
    _channel: channelFrom(channel),
    // The response's client id: a double-submitted first page is stored once.
    _client: randomUUID(),
    ...Object.fromEntries(Object.entries(hidden).map(([key, value]) => [`_hidden.${key}`, value])),
  };
}

export async function showSurvey(deps: HostedPageDeps, input: ShowSurveyInput): Promise<Outcome> {
  const respondent = await loadRespondent(deps, input.slug, input.cookies);
  const { definition, response } = respondent;
  const language = languageFor(respondent, input.query.lang, input.acceptLanguage);
  const { lang: _lang, ...linkQuery } = input.query;
  const cookie = respondent.staleCookie ? { name: respondent.cookieName, value: undefined } : undefined;
  if (response && response.status !== "partial") {
    return endingOutcome(respondent, language, response, linkQuery);
  }
  const state = stateOf(respondent, hiddenFrom(definition, input.query));
  const path = pathFor(definition, state);
  const wanted = input.query._page;
  const firstPage = path.pages[0];
  if (!response && definition.welcome && wanted === undefined && firstPage) {
    return welcomeOutcome(respondent, language, state, linkQuery, firstPage, cookie);
  }
  const index = response ? pageToShow(definition, path, state.answers, wanted) : 0;
  const page = pageById(definition, path.pages[index]);
  // Logic that hides every page leaves nothing to ask.
  if (!page) return endingOutcome(respondent, language, undefined, linkQuery);
  const questions = visibleQuestionsOf(page, path);
  const values: FormFields = Object.assign(
    {},
    ...questions.map((question) => answerToFields(question, state.answers[question.id])),
  );
  return pageOutcome({
    respondent,
    language,
    state,
    path,
    page,
    questions,
    values,
    errors: NO_ERRORS,
    meta: {
      _page: page.id,
      _lang: language,
      _shown: questions.map((question) => question.id).join(" "),
      ...(response ? {} : newRespondentMeta(state.hidden, input.query.channel)),
    },
    status: 200,
    linkQuery,
    cookie,
  });
}
