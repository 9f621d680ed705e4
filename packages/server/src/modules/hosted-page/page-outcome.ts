// Turns where a respondent is into a rendered page: a survey page (form), the welcome screen, or the
// ending they reached.
import {
  type Page,
  type Question,
  questionsReadBy,
  type SurveyPath,
  type SurveyResponse,
} from "@touchpoint/core";
import type { PageErrors } from "./field-errors.ts";
import type { FormFields } from "./form-fields.ts";
import { messagesFor } from "./messages.ts";
import { renderDocument, renderScreen } from "./render-document.ts";
import { renderSurveyPage } from "./render-page.ts";
import {
  type CookieChange,
  documentFor,
  type Outcome,
  type Respondent,
  stateOf,
  surveyHref,
  textFor,
} from "./respondent.ts";
import type { RespondentState } from "./survey-position.ts";

export interface PageOutcomeInput {
  respondent: Respondent;
  language: string;
  state: RespondentState;
  path: SurveyPath;
  page: Page;
  questions: Question[];
  values: FormFields;
  errors: PageErrors;
  meta: Record<string, string>;
  status: number;
  /** Query kept by the language links. */
  linkQuery: Record<string, string | undefined>;
  cookie?: CookieChange | undefined;
}

export const NO_ERRORS: PageErrors = { byQuestion: new Map(), elsewhere: false };

function mayRevealMore(page: Page, shown: Question[]): boolean {
  const onPage = new Set(page.questions.map((question) => question.id));
  const visible = new Set(shown.map((question) => question.id));
  return page.questions.some(
    (question) =>
      question.showIf !== undefined &&
      !visible.has(question.id) &&
      questionsReadBy(question.showIf).some((id) => onPage.has(id) && visible.has(id)),
  );
}

export function pageOutcome(input: PageOutcomeInput): Outcome {
  const { respondent, language, path, page } = input;
  const t = messagesFor(language);
  const index = Math.max(0, path.pages.indexOf(page.id));
  const main = renderSurveyPage({
    slug: respondent.slug,
    page,
    questions: input.questions,
    values: input.values,
    errors: input.errors,
    meta: input.meta,
    // Without scripts a question revealed by an answer on this page appears after a submit, so the button
    // of such a page says "continue" even on the last page.
    isLast: index === path.pages.length - 1 && !mayRevealMore(page, input.questions),
    progress: path.pages.length > 0 ? index / path.pages.length : 0,
    t,
    text: textFor(respondent, language, input.state),
  });
  const document = documentFor(respondent, language, input.linkQuery);
  return {
    kind: "page",
    status: input.status,
    html: renderDocument(document, t, main),
    cookie: input.cookie,
  };
}

export function welcomeOutcome(
  respondent: Respondent,
  language: string,
  state: RespondentState,
  linkQuery: Record<string, string | undefined>,
  firstPage: string,
  cookie?: CookieChange,
): Outcome {
  const t = messagesFor(language);
  const text = textFor(respondent, language, state);
  const welcome = respondent.definition.welcome;
  const main = renderScreen({
    title: text(welcome?.title),
    body: text(welcome?.body),
    action: {
      href: surveyHref(respondent.slug, { ...linkQuery, lang: language, _page: firstPage }),
      label: t.start,
    },
  });
  const document = documentFor(respondent, language, linkQuery);
  return { kind: "page", status: 200, html: renderDocument(document, t, main), cookie };
}

/** The thank-you screen of the ending the response reached (the first ending when none was chosen). */
export function endingOutcome(
  respondent: Respondent,
  language: string,
  response: SurveyResponse | undefined,
  linkQuery: Record<string, string | undefined>,
): Outcome {
  const { definition } = respondent;
  const ending =
    definition.endings.find((candidate) => candidate.id === response?.ending) ?? definition.endings[0];
  const t = messagesFor(language);
  const text = textFor(respondent, language, stateOf(respondent, {}));
  const main = renderScreen({ title: text(ending?.title), body: text(ending?.body) });
  return {
    kind: "page",
    status: 200,
    html: renderDocument(documentFor(respondent, language, linkQuery), t, main),
  };
}
