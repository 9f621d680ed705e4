// Piping: fills {{customer.x}}, {{hidden.x}} and {{answers.x}} in survey text with the respondent's values,
// as plain text (escaping is the renderer's job); placeholders are looked up, never evaluated.
import type { SurveyDefinition } from "./definition.ts";
import { type LocalizedText, pickText } from "./localized-text.ts";
import type { Choice } from "./questions.ts";

export interface PipingContext {
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  customer: Record<string, unknown>;
  definition: Pick<SurveyDefinition, "pages" | "defaultLanguage">;
  /** The language the respondent reads; choice labels are rendered in it. */
  language: string;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * The template with every placeholder replaced. `{{customer.name | bạn}}` falls back to the text after the
 * bar when the value is missing; without a fallback, unknown or missing values become empty text.
 */
export function pipeText(template: string, ctx: PipingContext): string {
  return template.replace(PLACEHOLDER, (_, placeholder: string) => {
    const bar = placeholder.indexOf("|");
    const name = (bar < 0 ? placeholder : placeholder.slice(0, bar)).trim();
    const fallback = bar < 0 ? "" : placeholder.slice(bar + 1).trim();
    return resolve(name, ctx) || fallback;
  });
}

function resolve(name: string, ctx: PipingContext): string {
  const [source, ...rest] = name.split(".");
  const key = rest.join(".");
  if (source === "customer") return renderPlain(lookup(ctx.customer, rest));
  if (source === "hidden") return renderPlain(own(ctx.hidden, key));
  if (source === "answers") return renderAnswer(key, ctx);
  return "";
}

const own = (record: unknown, key: string): unknown =>
  typeof record === "object" && record !== null && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;

/** Own properties only, so "{{customer.constructor}}" is empty rather than a function's source. */
const lookup = (record: unknown, keys: string[]): unknown =>
  keys.reduce<unknown>((value, key) => own(value, key), record);

// Booleans (consent, goal achieved) have no respondent-facing word without translations, so render nothing.
const renderPlain = (value: unknown): string =>
  typeof value === "string"
    ? value
    : typeof value === "number" && Number.isFinite(value)
      ? String(value)
      : "";

function renderAnswer(questionId: string, ctx: PipingContext): string {
  const question = ctx.definition.pages
    .flatMap((page) => page.questions)
    .find((candidate) => candidate.id === questionId);
  const answer = own(ctx.answers, questionId);
  if (!question || answer === undefined || answer === null) return "";
  const text = (label: LocalizedText) => pickText(label, ctx.language, ctx.definition.defaultLanguage);
  const labelOf = (choices: Choice[], id: unknown) => {
    const choice = choices.find((candidate) => candidate.id === id);
    return choice ? text(choice.label) : "";
  };
  const list = (parts: string[]) => parts.filter((part) => part !== "").join(", ");
  switch (question.type) {
    case "single_choice":
    case "dropdown":
      if (typeof answer === "string") return labelOf(question.choices, answer);
      return renderPlain(own(answer, "other")) || labelOf(question.choices, own(answer, "choice"));
    case "multiple_choice": {
      const ids = Array.isArray(answer) ? answer : own(answer, "choices");
      const labels = Array.isArray(ids) ? ids.map((id) => labelOf(question.choices, id)) : [];
      return list([...labels, renderPlain(own(answer, "other"))]);
    }
    case "ranking":
      return Array.isArray(answer) ? list(answer.map((id) => labelOf(question.choices, id))) : "";
    case "matrix":
      return list(
        question.rows.map((row) => {
          const column = labelOf(question.columns, own(answer, row.id));
          return column ? `${text(row.label)}: ${column}` : "";
        }),
      );
    case "goal_completion": {
      const intent = own(answer, "intent");
      return question.intentChoices ? labelOf(question.intentChoices, intent) : renderPlain(intent);
    }
    default:
      return renderPlain(answer);
  }
}
