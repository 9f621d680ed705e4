// POST /s/:slug — one page of answers: read the form into canonical answers, check them, then create the
// response (first page) or add to it (later pages), completing it on the last page of the logic's path.
import { isAnswered, type Page, type Question, type SurveyPath, validateResponse } from "@touchpoint/core";
import { DomainError, type FieldError } from "../../platform/errors.ts";
import { patchResponse, submitResponse } from "../responses/service.ts";
import { type FieldErrorKind, pageErrors } from "./field-errors.ts";
import { type FormFields, firstValue, readAnswer } from "./form-fields.ts";
import { messagesFor } from "./messages.ts";
import { pageOutcome } from "./page-outcome.ts";
import {
  type CookieChange,
  channelFrom,
  type HostedPageDeps,
  hiddenFrom,
  languageFor,
  loadRespondent,
  type Outcome,
  type Respondent,
  stateOf,
  surveyHref,
} from "./respondent.ts";
import { signResponseId } from "./respondent-cookie.ts";
import {
  missingRequired,
  pageById,
  pageToShow,
  pathFor,
  type RespondentState,
  visibleQuestionsOf,
} from "./survey-position.ts";

export interface SubmitPageInput {
  slug: string;
  form: FormFields;
  cookies: Record<string, string | undefined>;
}

const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const withoutEmpty = (answers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(answers).filter(([, value]) => isAnswered(value)));

export async function submitPage(deps: HostedPageDeps, input: SubmitPageInput): Promise<Outcome> {
  const { form } = input;
  const respondent = await loadRespondent(deps, input.slug, input.cookies);
  const { definition, response } = respondent;
  const language = languageFor(respondent, firstValue(form, "_lang"));
  const formValues = Object.fromEntries(Object.keys(form).map((name) => [name, firstValue(form, name)]));
  const state = stateOf(respondent, hiddenFrom(definition, formValues, "_hidden."));
  const before = pathFor(definition, state);
  const pageId = firstValue(form, "_page");
  const index = pageId === undefined ? -1 : before.pages.indexOf(pageId);
  const page = pageById(definition, pageId);
  // Only a page the logic has reached may be answered: the first one for a new respondent (a later page
  // without a valid cookie starts over), and none past a missing required answer.
  const reached = response
    ? response.status === "partial" &&
      index >= 0 &&
      pageToShow(definition, before, state.answers, pageId) === index
    : index === 0;
  if (!reached || !page) {
    const cookie = respondent.staleCookie ? { name: respondent.cookieName, value: undefined } : undefined;
    return { kind: "redirect", location: surveyHref(input.slug, { lang: language }), cookie };
  }

  const submission = readPage(respondent, state, before, page, form);
  const invalid = (problems: FieldError[]) =>
    invalidOutcome({ respondent, language, state, path: before, page, form, submission }, problems);
  if (submission.local.size > 0 || submission.problems.length > 0) return invalid(submission.problems);

  const { after, shownIds } = submission;
  // A question this page's answers reveal on the same page is asked before moving on.
  const revealed = page.questions.some(
    (question) => after.visibleQuestions.includes(question.id) && !shownIds.has(question.id),
  );
  const position = after.pages.indexOf(page.id);
  const complete = !revealed && position === after.pages.length - 1;
  try {
    const cookie = await save(deps, respondent, submission, {
      form,
      language,
      hidden: state.hidden,
      complete,
    });
    const next = complete ? undefined : revealed ? page.id : after.pages[position + 1];
    return { kind: "redirect", location: surveyHref(input.slug, { lang: language, _page: next }), cookie };
  } catch (error) {
    // The service checks the whole response again (and may know more, e.g. a newer rule); show its findings.
    if (error instanceof DomainError && error.status === 422) return invalid(error.errors ?? []);
    throw error;
  }
}

interface PageSubmission {
  /** The page's questions the form showed (and so answered). */
  shown: Question[];
  shownIds: Set<string>;
  /** Question id → answer of this page; null clears an earlier answer. */
  pageAnswers: Record<string, unknown>;
  /** The whole response's answers with this page's in, and without the ones they hide. */
  answers: Record<string, unknown>;
  /** Questions whose answers this page's answers hide. */
  hiddenNow: string[];
  after: SurveyPath;
  local: Map<string, FieldErrorKind>;
  problems: FieldError[];
}

/** Reads the page's fields into answers and checks them with the answers given before. */
function readPage(
  respondent: Respondent,
  state: RespondentState,
  before: SurveyPath,
  page: Page,
  form: FormFields,
): PageSubmission {
  const shownIds = new Set((firstValue(form, "_shown") ?? "").split(" "));
  const shown = visibleQuestionsOf(page, before).filter((question) => shownIds.has(question.id));
  const local = new Map<string, FieldErrorKind>();
  const pageAnswers: Record<string, unknown> = {};
  for (const question of shown) {
    const { value, problem } = readAnswer(question, form);
    pageAnswers[question.id] = value;
    if (problem) local.set(question.id, problem);
  }
  const answers = withoutEmpty({ ...state.answers, ...pageAnswers });
  const after = pathFor(respondent.definition, { ...state, answers });
  // Answers the new ones hide (a changed score skipping the reason page) are cleared, not left dangling.
  const hiddenNow = Object.keys(answers).filter((id) => !after.visibleQuestions.includes(id));
  for (const id of hiddenNow) delete answers[id];
  const stillShown = shown.filter((question) => after.visibleQuestions.includes(question.id));
  for (const question of missingRequired(stillShown, answers)) {
    if (!local.has(question.id)) local.set(question.id, "required");
  }
  const check = validateResponse(respondent.definition, { ...state, answers, complete: false });
  const problems = check.ok ? [] : check.errors;
  return { shown, shownIds, pageAnswers, answers, hiddenNow, after, local, problems };
}

/** Creates the response from the first page (and the cookie that resumes it), or adds a later page to it. */
async function save(
  deps: HostedPageDeps,
  respondent: Respondent,
  submission: PageSubmission,
  options: { form: FormFields; language: string; hidden: Record<string, string>; complete: boolean },
): Promise<CookieChange | undefined> {
  const { workspaceId, survey, response } = respondent;
  if (response) {
    const cleared = Object.fromEntries(submission.hiddenNow.map((id) => [id, null]));
    await patchResponse(deps, workspaceId, survey.id, response.id, {
      answers: { ...submission.pageAnswers, ...cleared },
      complete: options.complete,
    });
    return undefined;
  }
  const clientId = firstValue(options.form, "_client");
  const { response: created } = await submitResponse(deps, workspaceId, survey.id, {
    answers: submission.answers,
    hidden: options.hidden,
    language: options.language,
    channel: channelFrom(firstValue(options.form, "_channel")),
    complete: options.complete,
    ...(clientId && CLIENT_ID.test(clientId) ? { clientResponseId: clientId } : {}),
  });
  return { name: respondent.cookieName, value: signResponseId(deps.secret, created.id) };
}

/** The same page again, status 422: the values as entered and a message at each question to fix. */
function invalidOutcome(
  at: {
    respondent: Respondent;
    language: string;
    state: RespondentState;
    path: SurveyPath;
    page: Page;
    form: FormFields;
    submission: PageSubmission;
  },
  problems: FieldError[],
): Outcome {
  const { respondent, language, state, page, form, submission } = at;
  const meta = Object.fromEntries(
    Object.keys(form)
      .filter((name) => name.startsWith("_"))
      .map((name) => [name, firstValue(form, name) ?? ""]),
  );
  return pageOutcome({
    respondent,
    language,
    state,
    path: at.path,
    page,
    questions: submission.shown,
    values: form,
    errors: pageErrors(submission.shown, problems, submission.local, messagesFor(language)),
    meta: { ...meta, _lang: language },
    status: 422,
    // A new respondent's language links keep what the link said about them.
    linkQuery: respondent.response
      ? { _page: page.id }
      : { ...state.hidden, channel: firstValue(form, "_channel"), _page: page.id },
  });
}
