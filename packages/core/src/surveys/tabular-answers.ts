// Answers written as spreadsheet cells (CSV imports and exports): one column per question, lists joined
// with ";", matrix cells as "row:column". Turns a cell into the JSON answer the API accepts, and back.
import type { AnswerValue } from "./answers.ts";
import type { Question } from "./questions.ts";

export const LIST_SEPARATOR = ";";

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "có", "co", "đồng ý", "dong y", "x"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "không", "khong"]);

function parseBoolean(cell: string): boolean | string {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return cell;
}

const list = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * The answer a cell stands for, in the shape `answerSchemaFor` accepts; undefined for an empty cell.
 * Values that do not fit are passed through as text so validation names the problem instead of hiding it.
 */
export function answerFromCell(question: Question, cell: string): unknown {
  const text = cell.trim();
  if (text === "") return undefined;
  switch (question.type) {
    case "nps":
    case "csat":
    case "ces":
    case "rating":
    case "number": {
      const value = Number(text.replace(",", "."));
      return Number.isFinite(value) ? value : text;
    }
    case "consent":
      return parseBoolean(text);
    case "goal_completion": {
      const [achieved = "", intent] = text.split(LIST_SEPARATOR).map((part) => part.trim());
      const parsed = parseBoolean(achieved);
      return typeof parsed === "boolean" ? { achieved: parsed, ...(intent ? { intent } : {}) } : text;
    }
    case "single_choice":
    case "dropdown": {
      const known = question.choices.some((choice) => choice.id === text);
      return known || !question.allowOther ? { choice: text } : { other: text };
    }
    case "multiple_choice":
      return { choices: list(text) };
    case "ranking":
      return list(text);
    case "matrix":
      return Object.fromEntries(
        list(text).map((pair) => {
          const at = pair.indexOf(":");
          return at < 0 ? [pair, ""] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
        }),
      );
    default:
      return cell;
  }
}

/** The cell for a canonical answer: the inverse of answerFromCell, for exports. */
export function cellFromAnswer(answer: AnswerValue | undefined): string {
  if (answer === undefined || answer === null) return "";
  if (typeof answer !== "object") return String(answer);
  if (Array.isArray(answer)) return answer.join(LIST_SEPARATOR);
  if ("choice" in answer && typeof answer.choice === "string") return answer.choice;
  if ("other" in answer && !("choices" in answer) && typeof answer.other === "string") return answer.other;
  if ("choices" in answer && Array.isArray(answer.choices)) {
    return [...answer.choices, ...(typeof answer.other === "string" ? [answer.other] : [])].join(
      LIST_SEPARATOR,
    );
  }
  if ("achieved" in answer && typeof answer.achieved === "boolean") {
    return [
      answer.achieved ? "yes" : "no",
      ...(typeof answer.intent === "string" ? [answer.intent] : []),
    ].join(LIST_SEPARATOR);
  }
  return Object.entries(answer)
    .map(([row, column]) => `${row}:${String(column)}`)
    .join(LIST_SEPARATOR);
}
