// Questions with choices: single choice (radios), multiple choice (checkboxes), dropdown (select), each
// with an optional "Other" text; matrix (a table of radios, one group per row); ranking (a rank per choice).
import { OTHER_MAX_LENGTH, type Question } from "@touchpoint/core";
import { OTHER } from "./form-fields.ts";
import { attrs, html, type SafeHtml } from "./html.ts";
import { format } from "./messages.ts";
import {
  controlQuestion,
  describedBy,
  fieldId,
  fieldValue,
  groupQuestion,
  isChosen,
  type QuestionView,
} from "./question-markup.ts";

type ChoiceQuestion = Extract<
  Question,
  { type: "single_choice" | "multiple_choice" | "dropdown" | "matrix" | "ranking" }
>;

export function renderChoiceQuestion(view: QuestionView, question: ChoiceQuestion): SafeHtml {
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
      return renderOptions(view, question);
    case "dropdown":
      return renderDropdown(view, question);
    case "matrix":
      return renderMatrix(view, question);
    case "ranking":
      return renderRanking(view, question);
  }
}

/** The free text of an "Other" answer, labelled for screen readers by the option it belongs to. */
function otherText(view: QuestionView, id: string): SafeHtml {
  return html`<input type="text" class="other"${attrs({
    id: fieldId(id, "other"),
    name: `${id}.other`,
    value: fieldValue(view.values, `${id}.other`),
    maxlength: OTHER_MAX_LENGTH,
    placeholder: view.t.otherPlaceholder,
    "aria-label": `${view.t.other}: ${view.t.otherPlaceholder}`,
  })}>`;
}

function renderOptions(
  view: QuestionView,
  question: Extract<Question, { type: "single_choice" | "multiple_choice" }>,
): SafeHtml {
  const type = question.type === "single_choice" ? "radio" : "checkbox";
  const option = (value: string, label: string) =>
    html`<label class="option"><input${attrs({
      type,
      name: question.id,
      value,
      checked: isChosen(view.values, question.id, value),
    })}><span>${label}</span></label>`;
  const options = question.choices.map((choice) => option(choice.id, view.text(choice.label)));
  if (question.allowOther) options.push(option(OTHER, view.t.other));
  return groupQuestion(
    view,
    html`<div class="options">${options}</div>${question.allowOther ? otherText(view, question.id) : undefined}`,
  );
}

function renderDropdown(view: QuestionView, question: Extract<Question, { type: "dropdown" }>): SafeHtml {
  const chosen = fieldValue(view.values, question.id);
  const option = (value: string, label: string) =>
    html`<option${attrs({ value, selected: chosen === value })}>${label}</option>`;
  const options = [
    option("", view.t.choose),
    ...question.choices.map((choice) => option(choice.id, view.text(choice.label))),
    ...(question.allowOther ? [option(OTHER, view.t.other)] : []),
  ];
  return controlQuestion(
    view,
    (common) =>
      html`<select${common}>${options}</select>${question.allowOther ? otherText(view, question.id) : undefined}`,
  );
}

function renderMatrix(view: QuestionView, question: Extract<Question, { type: "matrix" }>): SafeHtml {
  const columns = question.columns.map((column) => ({ id: column.id, label: view.text(column.label) }));
  const rows = question.rows.map((row) => {
    const label = view.text(row.label);
    const name = `${question.id}.${row.id}`;
    const cells = columns.map(
      (column) =>
        html`<td><label><input${attrs({
          type: "radio",
          name,
          value: column.id,
          checked: isChosen(view.values, name, column.id),
        })}><span class="sr">${label}: ${column.label}</span></label></td>`,
    );
    return html`<tr><th scope="row">${label}</th>${cells}</tr>`;
  });
  const head = columns.map((column) => html`<th scope="col">${column.label}</th>`);
  return groupQuestion(
    view,
    html`<div class="matrix"><table><thead><tr><td></td>${head}</tr></thead><tbody>${rows}</tbody></table></div>`,
  );
}

function renderRanking(view: QuestionView, question: Extract<Question, { type: "ranking" }>): SafeHtml {
  const n = question.choices.length;
  const ranks = Array.from({ length: n }, (_, i) => String(i + 1));
  const items = question.choices.map((choice) => {
    const name = `${question.id}.${choice.id}`;
    const id = fieldId(question.id, choice.id);
    const current = fieldValue(view.values, name);
    const options = ["", ...ranks].map(
      (rank) => html`<option${attrs({ value: rank, selected: current === rank })}>${rank || "–"}</option>`,
    );
    return html`<div class="rank"><label for="${id}">${view.text(choice.label)}</label><select${attrs({
      id,
      name,
      "aria-describedby": describedBy(view),
      "aria-invalid": view.error ? "true" : undefined,
    })}>${options}</select></div>`;
  });
  return groupQuestion(view, html`<p class="hint">${format(view.t.rankHint, { n })}</p>${items}`);
}
