// One question on the page: its title (marked when required), description, field and error message.
import type { Question } from "@touchpoint/core";
import type { Messages } from "../messages.ts";
import { dropdownField, goalField, optionsField } from "./choice-fields.ts";
import { controlsIn, h } from "./dom.ts";
import type { FieldContext } from "./field-context.ts";
import { matrixField, rankingField } from "./grid-fields.ts";
import { consentField, typedField } from "./input-fields.ts";
import { scaleField } from "./scale-field.ts";

export interface QuestionBlock {
  question: Question;
  element: HTMLElement;
  showError(message: string | undefined): void;
  focus(): void;
}

export interface BlockContext {
  t: Messages;
  text: FieldContext["text"];
  change: (question: Question, value: unknown) => void;
}

function fieldFor(question: Question, ctx: FieldContext): HTMLElement {
  switch (question.type) {
    case "nps":
    case "csat":
    case "ces":
    case "rating":
      return scaleField(question, ctx);
    case "single_choice":
    case "multiple_choice":
      return optionsField(question, ctx);
    case "dropdown":
      return dropdownField(question, ctx);
    case "goal_completion":
      return goalField(question, ctx);
    case "consent":
      return consentField(question, ctx);
    case "matrix":
      return matrixField(question, ctx);
    case "ranking":
      return rankingField(question, ctx);
    default:
      return typedField(question, ctx);
  }
}

export function questionBlock(question: Question, block: BlockContext): QuestionBlock {
  const id = (part: string) => `tp-${question.id}-${part}`;
  const description = block.text(question.description);
  const error = h("p", { class: "err", id: id("error"), hidden: true });
  const ctx: FieldContext = {
    t: block.t,
    text: block.text,
    id,
    titleId: id("title"),
    describedBy: description ? `${id("description")} ${id("error")}` : id("error"),
    required: question.required,
    change: (value) => block.change(question, value),
  };
  const title = h(
    "div",
    { class: "title", id: ctx.titleId },
    block.text(question.title),
    question.required && h("span", { class: "req", "aria-hidden": "true" }, "*"),
    question.required && h("span", { class: "sr" }, ` (${block.t.required})`),
  );
  const element = h(
    "div",
    { class: "q", "data-question": question.id },
    title,
    description && h("p", { class: "desc", id: id("description") }, description),
    fieldFor(question, ctx),
    error,
  );
  return {
    question,
    element,
    showError(message) {
      error.textContent = message ?? "";
      error.hidden = !message;
      element.classList.toggle("invalid", Boolean(message));
      for (const control of controlsIn(element)) {
        if (message) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
    },
    focus() {
      const controls = controlsIn(element).filter((control) => !control.closest("[hidden]"));
      (controls.find((control) => (control as HTMLInputElement).checked) ?? controls[0])?.focus();
    },
  };
}
