// Questions answered by typing or one decision: text, number, date, email, phone (inputs with the right
// keyboard and autofill), consent (a checkbox) and goal completion (intent + yes/no).
import { OTHER_MAX_LENGTH, type Question } from "@touchpoint/core";
import { attrs, html, type SafeHtml } from "./html.ts";
import {
  controlQuestion,
  describedBy,
  fieldId,
  fieldValue,
  groupQuestion,
  isChosen,
  type QuestionView,
} from "./question-markup.ts";

type InputQuestion = Extract<
  Question,
  { type: "text" | "number" | "date" | "email" | "phone" | "consent" | "goal_completion" }
>;

export function renderInputQuestion(view: QuestionView, question: InputQuestion): SafeHtml {
  const value = fieldValue(view.values, question.id);
  switch (question.type) {
    case "text": {
      const common = {
        maxlength: question.maxLength,
        placeholder: view.text(question.placeholder) || undefined,
      };
      return controlQuestion(view, (base) =>
        question.multiline
          ? html`<textarea${base}${attrs({ ...common, rows: 5 })}>${value}</textarea>`
          : html`<input${base}${attrs({ ...common, type: "text", value })}>`,
      );
    }
    case "number":
      return controlQuestion(
        view,
        (base) =>
          html`<input${base}${attrs({
            type: "number",
            inputmode: question.integer ? "numeric" : "decimal",
            step: question.integer ? 1 : "any",
            min: question.min,
            max: question.max,
            value,
          })}>`,
      );
    case "date":
      return controlQuestion(
        view,
        (base) => html`<input${base}${attrs({ type: "date", min: question.min, max: question.max, value })}>`,
      );
    case "email":
      return controlQuestion(
        view,
        (base) =>
          html`<input${base}${attrs({ type: "email", inputmode: "email", autocomplete: "email", maxlength: 320, value })}>`,
      );
    case "phone":
      return controlQuestion(
        view,
        (base) =>
          html`<input${base}${attrs({ type: "tel", inputmode: "tel", autocomplete: "tel", maxlength: 40, value })}>`,
      );
    case "consent":
      return groupQuestion(
        view,
        html`<label class="option"><input${attrs({
          type: "checkbox",
          name: question.id,
          value: "yes",
          checked: isChosen(view.values, question.id, "yes"),
          "aria-describedby": describedBy(view),
        })}><span>${view.text(question.text)}</span></label>`,
      );
    case "goal_completion":
      return renderGoalCompletion(view, question);
  }
}

function renderGoalCompletion(
  view: QuestionView,
  question: Extract<Question, { type: "goal_completion" }>,
): SafeHtml {
  const name = `${question.id}.intent`;
  const id = fieldId(question.id, "intent");
  const intent = fieldValue(view.values, name);
  const intentControl = question.intentChoices
    ? html`<select${attrs({ id, name })}>${[
        html`<option value="">${view.t.choose}</option>`,
        ...question.intentChoices.map(
          (choice) =>
            html`<option${attrs({ value: choice.id, selected: intent === choice.id })}>${view.text(
              choice.label,
            )}</option>`,
        ),
      ]}</select>`
    : html`<input${attrs({ type: "text", id, name, value: intent, maxlength: OTHER_MAX_LENGTH })}>`;
  const achievedName = `${question.id}.achieved`;
  const answer = (value: "yes" | "no", label: string) =>
    html`<label class="option"><input${attrs({
      type: "radio",
      name: achievedName,
      value,
      checked: isChosen(view.values, achievedName, value),
    })}><span>${label}</span></label>`;
  return groupQuestion(
    view,
    html`<div class="sub"><label class="label" for="${id}">${view.t.goalIntent}</label>${intentControl}</div>
<fieldset class="sub"><legend>${view.text(question.achievedLabel) || view.t.goalAchieved}</legend><div class="options inline">${answer("yes", view.t.yes)}${answer("no", view.t.no)}</div></fieldset>`,
  );
}
