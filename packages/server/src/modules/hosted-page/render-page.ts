// One survey page as a plain HTML form that posts back to the survey's address: progress, the errors
// to fix (summary with links, then next to each question), the visible questions and one button.
import type { LocalizedText, Page, Question } from "@touchpoint/core";
import type { PageErrors } from "./field-errors.ts";
import type { FormFields } from "./form-fields.ts";
import { attrs, html, type SafeHtml } from "./html.ts";
import type { Messages } from "./messages.ts";
import { renderQuestion } from "./render-question.ts";

export interface SurveyPageView {
  slug: string;
  page: Page;
  /** The questions of the page the logic shows, in order. */
  questions: Question[];
  values: FormFields;
  errors: PageErrors;
  /** The page's own fields (page id, language…), posted back with the answers. */
  meta: Record<string, string>;
  isLast: boolean;
  /** Share of the path done before this page, from 0 to 1. */
  progress: number;
  t: Messages;
  /** A survey text in the page's language, placeholders piped. */
  text: (value: LocalizedText | undefined) => string;
}

export const surveyPath = (slug: string) => `/s/${encodeURIComponent(slug)}`;

function errorSummary(view: SurveyPageView): SafeHtml | undefined {
  const { byQuestion, elsewhere } = view.errors;
  if (byQuestion.size === 0 && !elsewhere) return undefined;
  const links = view.questions
    .filter((question) => byQuestion.has(question.id))
    .map((question) => html`<li><a href="#q-${question.id}">${view.text(question.title)}</a></li>`);
  return html`<div class="summary" role="alert"><p>${view.t.errorSummary}</p>${
    links.length > 0 ? html`<ul>${links}</ul>` : undefined
  }${elsewhere ? html`<p>${view.t.errorElsewhere}</p>` : undefined}</div>`;
}

export function renderSurveyPage(view: SurveyPageView): SafeHtml {
  const questions = view.questions.map((question) =>
    renderQuestion({
      question,
      title: view.text(question.title),
      description: view.text(question.description),
      error: view.errors.byQuestion.get(question.id),
      values: view.values,
      t: view.t,
      text: view.text,
    }),
  );
  const meta = Object.entries(view.meta).map(
    ([name, value]) => html`<input${attrs({ type: "hidden", name, value })}>`,
  );
  const percent = Math.round(Math.min(1, Math.max(0, view.progress)) * 100);
  const pageTitle = view.text(view.page.title);
  return html`<div class="bar" role="progressbar" aria-label="${view.t.progress}" aria-valuenow="${percent}" aria-valuemin="0" aria-valuemax="100"><span style="width:${percent}%"></span></div>
<form method="post" action="${surveyPath(view.slug)}" novalidate>
${pageTitle ? html`<h2>${pageTitle}</h2>` : undefined}
${errorSummary(view)}
${view.questions.some((question) => question.required) ? html`<p class="note">${view.t.requiredNote}</p>` : undefined}
${questions}
${meta}
<button class="btn" type="submit">${view.isLast ? view.t.submit : view.t.continue}</button>
</form>`;
}
