// Questions answered by typing or ticking: text, number, date, email, phone, consent.
import type { Question } from "@touchpoint/core";
import { h } from "./dom.ts";
import { type FieldContext, inputAria } from "./field-context.ts";

type Typed = Extract<Question, { type: "text" | "number" | "date" | "email" | "phone" }>;

const INPUT_TYPES = { text: "text", number: "number", date: "date", email: "email", phone: "tel" } as const;

/** A text box; empty or blank text is no answer, a number is sent as a number. */
export function typedField(question: Typed, ctx: FieldContext): HTMLElement {
  const read = (raw: string) => {
    const value = raw.trim();
    if (value === "") return undefined;
    return question.type === "number" ? Number(value) : value;
  };
  const common = {
    class: "field",
    ...inputAria(ctx),
    oninput: (event: Event) => ctx.change(read((event.target as HTMLInputElement).value)),
  };
  if (question.type === "text") {
    const limits = {
      maxlength: question.maxLength,
      placeholder: ctx.text(question.placeholder) || undefined,
    };
    return question.multiline
      ? h("textarea", { ...common, ...limits })
      : h("input", { type: "text", ...common, ...limits });
  }
  const extra =
    question.type === "number"
      ? { min: question.min, max: question.max, step: question.integer ? 1 : "any", inputmode: "decimal" }
      : question.type === "date"
        ? { min: question.min, max: question.max }
        : { autocomplete: question.type === "email" ? "email" : "tel" };
  return h("input", { type: INPUT_TYPES[question.type], ...common, ...extra });
}

/** One checkbox with the consent text as its label; answers true or false. */
export function consentField(
  question: Extract<Question, { type: "consent" }>,
  ctx: FieldContext,
): HTMLElement {
  return h(
    "label",
    { class: "opt" },
    h("input", {
      type: "checkbox",
      ...inputAria(ctx),
      "aria-labelledby": undefined,
      onchange: (event: Event) => ctx.change((event.target as HTMLInputElement).checked),
    }),
    h("span", {}, ctx.text(question.text)),
  );
}
