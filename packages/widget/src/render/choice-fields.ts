// Questions answered by choosing: single choice (radios), multiple choice (checkboxes), dropdown (a select),
// each with an optional "Other" text; and goal completion (what they came to do, and whether they did).
import type { Choice, Question } from "@touchpoint/core";
import { h } from "./dom.ts";
import { type FieldContext, groupAria, inputAria } from "./field-context.ts";

const OTHER = "__other";

type Options = Extract<Question, { type: "single_choice" | "multiple_choice" }>;

function otherInput(ctx: FieldContext, update: () => void) {
  return h("input", {
    type: "text",
    class: "field",
    maxlength: 500,
    hidden: true,
    "aria-label": ctx.t.otherPlaceholder,
    placeholder: ctx.t.otherPlaceholder,
    oninput: update,
  });
}

function option(type: "radio" | "checkbox", name: string, value: string, label: string, update: () => void) {
  return h(
    "label",
    { class: "opt" },
    h("input", { type, name, value, onchange: update }),
    h("span", {}, label),
  );
}

/** Radios or checkboxes; answers {choice} / {other} or {choices, other?}, as the API stores them. */
export function optionsField(question: Options, ctx: FieldContext): HTMLElement {
  const multiple = question.type === "multiple_choice";
  const type = multiple ? "checkbox" : "radio";
  const name = ctx.id("options");
  const group = h("div", groupAria(ctx, multiple ? "group" : "radiogroup"));
  const other = otherInput(ctx, () => update());
  const update = () => {
    const checked = [...group.querySelectorAll<HTMLInputElement>("input:checked")].map(
      (input) => input.value,
    );
    const choices = checked.filter((value) => value !== OTHER);
    const hasOther = checked.includes(OTHER);
    other.hidden = !hasOther;
    const otherText = other.value.trim();
    if (multiple) {
      ctx.change(checked.length === 0 ? undefined : hasOther ? { choices, other: otherText } : { choices });
    } else {
      ctx.change(hasOther ? { other: otherText } : choices[0] ? { choice: choices[0] } : undefined);
    }
  };
  group.append(
    ...question.choices.map((choice) => option(type, name, choice.id, ctx.text(choice.label), update)),
  );
  if (question.allowOther) group.append(option(type, name, OTHER, ctx.t.other, update), other);
  return group;
}

export function dropdownField(
  question: Extract<Question, { type: "dropdown" }>,
  ctx: FieldContext,
): HTMLElement {
  const other = otherInput(ctx, () => update());
  const select = h(
    "select",
    { class: "field", ...inputAria(ctx), onchange: () => update() },
    h("option", { value: "" }, ctx.t.choose),
    ...question.choices.map((choice) => h("option", { value: choice.id }, ctx.text(choice.label))),
    question.allowOther && h("option", { value: OTHER }, ctx.t.other),
  );
  const update = () => {
    other.hidden = select.value !== OTHER;
    const value = select.value;
    ctx.change(value === OTHER ? { other: other.value.trim() } : value ? { choice: value } : undefined);
  };
  return h("div", {}, select, other);
}

function yesNo(ctx: FieldContext, legend: string, update: () => void) {
  const name = ctx.id("achieved");
  const legendId = ctx.id("achieved-legend");
  return h(
    "div",
    { role: "radiogroup", "aria-labelledby": legendId },
    h("div", { class: "hint", id: legendId }, legend),
    option("radio", name, "yes", ctx.t.yes, update),
    option("radio", name, "no", ctx.t.no, update),
  );
}

/** Answers {achieved, intent?}; the intent is a choice when the survey lists them, else free text. */
export function goalField(
  question: Extract<Question, { type: "goal_completion" }>,
  ctx: FieldContext,
): HTMLElement {
  const intentLabelId = ctx.id("intent-legend");
  const intentChoices: Choice[] | undefined = question.intentChoices;
  const intent = intentChoices
    ? h(
        "div",
        { role: "radiogroup", "aria-labelledby": intentLabelId },
        ...intentChoices.map((choice) =>
          option("radio", ctx.id("intent"), choice.id, ctx.text(choice.label), () => update()),
        ),
      )
    : h("input", {
        type: "text",
        class: "field",
        maxlength: 500,
        "aria-labelledby": intentLabelId,
        oninput: () => update(),
      });
  const achieved = yesNo(ctx, ctx.text(question.achievedLabel) || ctx.t.goalAchieved, () => update());
  const field = h(
    "div",
    { role: "group", "aria-labelledby": ctx.titleId, "aria-describedby": ctx.describedBy },
    h("div", { class: "hint", id: intentLabelId }, ctx.t.goalIntent),
    intent,
    achieved,
  );
  const update = () => {
    const said = achieved.querySelector<HTMLInputElement>("input:checked")?.value;
    const purpose =
      intent instanceof HTMLInputElement
        ? intent.value.trim()
        : (intent.querySelector<HTMLInputElement>("input:checked")?.value ?? "");
    const answer: { achieved?: boolean; intent?: string } = {};
    if (said) answer.achieved = said === "yes";
    if (purpose) answer.intent = purpose;
    ctx.change(said || purpose ? answer : undefined);
  };
  return field;
}
