// Checks an answer in the browser before its page is queued, with the rules the server applies (core's
// answers.ts): the widget cannot bundle zod within its size budget, and an answer the server refuses later
// would be dropped from the offline queue, so the respondent must be told now.
import { isAnswered, type Question } from "@touchpoint/core";
import { format, type Messages } from "./messages.ts";

/** What a field holds while its input is unfinished (a ranking with gaps), so it is never sent as is. */
export const UNFINISHED = Object.freeze({ unfinished: true });

// zod's default email pattern, which the server's emailSchema uses.
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};

/** The message to show under the question, or undefined when the answer may be sent. */
export function checkAnswer(question: Question, value: unknown, t: Messages): string | undefined {
  if (!isAnswered(value)) {
    if (question.type === "consent" && question.required) return t.errorConsent;
    return question.required ? t.errorRequired : undefined;
  }
  if (value === UNFINISHED) {
    if (question.type === "ranking") return format(t.errorRanking, { n: question.choices.length });
    return t.errorMatrix;
  }
  const answer = record(value);
  switch (question.type) {
    case "single_choice":
    case "dropdown":
      return answer.other === "" ? t.errorOther : undefined;
    case "multiple_choice": {
      if (answer.other === "") return t.errorOther;
      const chosen = (Array.isArray(answer.choices) ? answer.choices.length : 0) + (answer.other ? 1 : 0);
      const min = question.minSelected ?? 1;
      const max = question.maxSelected ?? question.choices.length + (question.allowOther ? 1 : 0);
      return chosen < min || chosen > max ? format(t.errorCount, { min, max }) : undefined;
    }
    case "goal_completion":
      return typeof answer.achieved === "boolean" ? undefined : t.errorGoal;
    case "consent":
      return question.required && value !== true ? t.errorConsent : undefined;
    case "matrix":
      return question.required && question.rows.some((row) => !answer[row.id]) ? t.errorMatrix : undefined;
    case "text":
      return String(value).trim().length > question.maxLength
        ? format(t.errorText, { max: question.maxLength })
        : undefined;
    case "number": {
      const n = typeof value === "number" ? value : Number.NaN;
      const valid =
        Number.isFinite(n) &&
        (!question.integer || Number.isInteger(n)) &&
        (question.min === undefined || n >= question.min) &&
        (question.max === undefined || n <= question.max);
      return valid ? undefined : t.errorNumber;
    }
    case "date": {
      const date = String(value).trim();
      const valid =
        DATE.test(date) &&
        !Number.isNaN(Date.parse(date)) &&
        (!question.min || date >= question.min) &&
        (!question.max || date <= question.max);
      return valid ? undefined : t.errorDate;
    }
    case "email":
      return EMAIL.test(String(value).trim()) ? undefined : t.errorEmail;
    case "phone": {
      const phone = String(value).trim();
      return phone.length <= 40 && /^\+?\d{6,20}$/.test(phone.replace(/[\s.\-()]/g, ""))
        ? undefined
        : t.errorPhone;
    }
    default:
      return undefined;
  }
}
