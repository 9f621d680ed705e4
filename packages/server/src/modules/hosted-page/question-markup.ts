// Shared markup of a question: a fieldset with a legend for groups of choices, a label tied to its input
// for single fields; description, error and required mark in each.
import type { LocalizedText, Question } from "@touchpoint/core";
import type { FormFields } from "./form-fields.ts";
import { attrs, html, type SafeHtml } from "./html.ts";
import type { Messages } from "./messages.ts";

export interface QuestionView {
  question: Question;
  /** Title and description, piped and in the page's language. */
  title: string;
  description: string;
  error: string | undefined;
  values: FormFields;
  t: Messages;
  /** A survey text (choice label…) in the page's language. */
  text: (value: LocalizedText | undefined) => string;
}

export const fieldId = (...parts: string[]) => `f-${parts.join("-")}`;

export const fieldValue = (values: FormFields, name: string) =>
  Object.hasOwn(values, name) ? (values[name]?.[0] ?? "") : "";
export const isChosen = (values: FormFields, name: string, value: string) =>
  Object.hasOwn(values, name) && (values[name]?.includes(value) ?? false);

/** ids of the description and the error, for aria-describedby. */
export function describedBy(view: QuestionView): string | undefined {
  const id = view.question.id;
  const ids = [view.description ? `d-${id}` : "", view.error ? `e-${id}` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function heading(view: QuestionView): SafeHtml {
  return html`${view.title}${
    view.question.required
      ? html`<span class="req" aria-hidden="true">*</span><span class="sr"> (${view.t.required})</span>`
      : undefined
  }`;
}

function notes(view: QuestionView): SafeHtml {
  const id = view.question.id;
  return html`${view.description ? html`<p class="desc" id="d-${id}">${view.description}</p>` : undefined}${
    view.error ? html`<p class="err" id="e-${id}">${view.error}</p>` : undefined
  }`;
}

/** Radios, checkboxes, a matrix or ranks: one fieldset whose legend is the question. */
export function groupQuestion(view: QuestionView, body: SafeHtml): SafeHtml {
  return html`<fieldset class="q" id="q-${view.question.id}"${attrs({
    "aria-describedby": describedBy(view),
  })}><legend>${heading(view)}</legend>${notes(view)}${body}</fieldset>`;
}

/** One input, select or textarea whose label is the question; `control` gets its id, name and ARIA. */
export function controlQuestion(view: QuestionView, control: (common: SafeHtml) => SafeHtml): SafeHtml {
  const { id, required } = view.question;
  const common = attrs({
    id: fieldId(id),
    name: id,
    "aria-describedby": describedBy(view),
    "aria-invalid": view.error ? "true" : undefined,
    "aria-required": required ? "true" : undefined,
  });
  return html`<div class="q" id="q-${id}"><label class="label" for="${fieldId(id)}">${heading(
    view,
  )}</label>${notes(view)}${control(common)}</div>`;
}
