// Form fields of the hosted page ↔ canonical answers. Field names: `<question>` for the main input,
// `<question>.other` for "Other" text, `<question>.<row|choice>` for matrix rows and ranks,
// `<question>.intent` / `<question>.achieved` for goal completion. Names starting with "_" are the page's
// own (page id, language…); question ids start with a letter, so they never collide.
import type { Question } from "@touchpoint/core";

/** A parsed form: every name with all its values, in order. */
export type FormFields = Record<string, string[]>;

/** The value of an "Other" radio, checkbox or option; choice ids start with a letter, so it never collides. */
export const OTHER = "__other";

/** Local problems the canonical answer cannot show (e.g. two choices ranked 1 would look like a valid order). */
export type FieldProblem = "other" | "ranking";

export interface ReadAnswer {
  /** null: not answered (clears an earlier answer). */
  value: unknown;
  problem?: FieldProblem;
}

export function parseForm(body: string): FormFields {
  const fields: FormFields = Object.create(null);
  for (const [name, value] of new URLSearchParams(body)) {
    const values = fields[name] ?? [];
    values.push(value);
    fields[name] = values;
  }
  return fields;
}

export const firstValue = (form: FormFields, name: string): string | undefined =>
  Object.hasOwn(form, name) ? form[name]?.[0] : undefined;
const text = (form: FormFields, name: string) => (firstValue(form, name) ?? "").trim();
const none: ReadAnswer = { value: null };

/** Integers stay numbers; anything else is passed on as text so that the answer schema names the problem. */
function numeric(value: string, decimals: boolean): number | string {
  const normalised = decimals ? value.replace(",", ".") : value;
  const pattern = decimals ? /^-?\d+(\.\d+)?$/ : /^-?\d+$/;
  return pattern.test(normalised) ? Number(normalised) : value;
}

/** The answer a question's fields hold, in the canonical shape `answerSchemaFor` expects. */
export function readAnswer(question: Question, form: FormFields): ReadAnswer {
  const id = question.id;
  switch (question.type) {
    case "nps":
    case "csat":
    case "ces":
    case "rating": {
      const value = text(form, id);
      return value === "" ? none : { value: numeric(value, false) };
    }
    case "single_choice":
    case "dropdown": {
      const chosen = text(form, id);
      const other = question.allowOther ? text(form, `${id}.other`) : "";
      if (chosen === OTHER || (chosen === "" && other !== "")) {
        return other === "" ? { value: null, problem: "other" } : { value: { other } };
      }
      return chosen === "" ? none : { value: { choice: chosen } };
    }
    case "multiple_choice": {
      const ticked = form[id] ?? [];
      const choices = ticked.filter((value) => value !== OTHER);
      const other = question.allowOther ? text(form, `${id}.other`) : "";
      if (ticked.includes(OTHER) && question.allowOther && other === "") {
        return { value: null, problem: "other" };
      }
      if (choices.length === 0 && other === "") return none;
      return { value: other === "" ? { choices } : { choices, other } };
    }
    case "matrix": {
      const answer: Record<string, string> = {};
      for (const row of question.rows) {
        const column = text(form, `${id}.${row.id}`);
        if (column !== "") answer[row.id] = column;
      }
      return Object.keys(answer).length === 0 ? none : { value: answer };
    }
    case "ranking":
      return readRanking(question, form);
    case "number": {
      const value = text(form, id);
      return value === "" ? none : { value: numeric(value, true) };
    }
    case "consent":
      // An unticked box is an answer: the respondent saw the text and did not agree.
      return { value: (form[id] ?? []).includes("yes") };
    case "goal_completion": {
      const achieved = text(form, `${id}.achieved`);
      const intent = text(form, `${id}.intent`);
      if (achieved === "" && intent === "") return none;
      const value: Record<string, unknown> = {};
      if (achieved === "yes" || achieved === "no") value.achieved = achieved === "yes";
      if (intent !== "") value.intent = intent;
      return { value };
    }
    default: {
      // text, date, email, phone: the answer schema trims and checks.
      const value = firstValue(form, id) ?? "";
      return value.trim() === "" ? none : { value };
    }
  }
}

/** Ranks 1..n, each used once, become the choice ids in rank order. */
function readRanking(question: Extract<Question, { type: "ranking" }>, form: FormFields): ReadAnswer {
  const ranks = question.choices.map((choice) => ({
    id: choice.id,
    rank: text(form, `${question.id}.${choice.id}`),
  }));
  if (ranks.every((entry) => entry.rank === "")) return none;
  const n = ranks.length;
  const numbers = ranks.map((entry) => Number(entry.rank));
  const valid =
    ranks.every((entry) => /^\d+$/.test(entry.rank)) &&
    numbers.every((rank) => rank >= 1 && rank <= n) &&
    new Set(numbers).size === n;
  if (!valid) return { value: null, problem: "ranking" };
  return { value: [...ranks].sort((a, b) => Number(a.rank) - Number(b.rank)).map((entry) => entry.id) };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The fields that show a stored (canonical) answer again, for a page the respondent comes back to. */
export function answerToFields(question: Question, answer: unknown): FormFields {
  const id = question.id;
  if (answer === undefined || answer === null) return {};
  switch (question.type) {
    case "single_choice":
    case "dropdown": {
      if (typeof answer === "string") return { [id]: [answer] };
      if (!isRecord(answer)) return {};
      const other = str(answer.other);
      if (other !== undefined) return { [id]: [OTHER], [`${id}.other`]: [other] };
      const choice = str(answer.choice);
      return choice === undefined ? {} : { [id]: [choice] };
    }
    case "multiple_choice": {
      if (!isRecord(answer)) return {};
      const choices = Array.isArray(answer.choices)
        ? answer.choices.filter((c) => typeof c === "string")
        : [];
      const other = str(answer.other);
      return other === undefined
        ? { [id]: choices }
        : { [id]: [...choices, OTHER], [`${id}.other`]: [other] };
    }
    case "matrix":
      return isRecord(answer)
        ? Object.fromEntries(
            Object.entries(answer).flatMap(([row, column]) =>
              typeof column === "string" ? [[`${id}.${row}`, [column]]] : [],
            ),
          )
        : {};
    case "ranking":
      return Array.isArray(answer)
        ? Object.fromEntries(answer.map((choice, i) => [`${id}.${String(choice)}`, [String(i + 1)]]))
        : {};
    case "consent":
      return answer === true ? { [id]: ["yes"] } : {};
    case "goal_completion": {
      if (!isRecord(answer)) return {};
      const fields: FormFields = {};
      if (typeof answer.achieved === "boolean") fields[`${id}.achieved`] = [answer.achieved ? "yes" : "no"];
      const intent = str(answer.intent);
      if (intent !== undefined) fields[`${id}.intent`] = [intent];
      return fields;
    }
    default:
      return typeof answer === "string" || typeof answer === "number" ? { [id]: [String(answer)] } : {};
  }
}
