// A canonical answer (answers.ts in core) as readable text: choice labels rather than ids, NPS with its group.
import { type Choice, type LocalizedText, pickText, type Question } from "@touchpoint/core";
import type { TFunction } from "i18next";
import type { Formatters } from "../../i18n/use-formatters.ts";

export interface AnswerTextContext {
  /** The UI language; survey texts fall back to the survey's default language. */
  language: string;
  defaultLanguage: string;
  t: TFunction;
  format: Formatters;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** NPS groups (Reichheld 2003): 0–6 detractors, 7–8 passives, 9–10 promoters. */
export function npsGroup(score: number): "detractor" | "passive" | "promoter" {
  return score <= 6 ? "detractor" : score <= 8 ? "passive" : "promoter";
}

export function answerText(question: Question | undefined, answer: unknown, ctx: AnswerTextContext): string {
  const { t, format } = ctx;
  const text = (value: LocalizedText | undefined) => pickText(value, ctx.language, ctx.defaultLanguage);
  const label = (choices: Choice[], id: unknown) => {
    const choice = choices.find((candidate) => candidate.id === id);
    return choice ? text(choice.label) || choice.id : String(id);
  };
  const other = (value: unknown) =>
    typeof value === "string" ? t("responses.answer.other", { text: value }) : null;
  const yesNo = (value: unknown) => t(value ? "responses.answer.yes" : "responses.answer.no");
  if (!question) return typeof answer === "string" ? answer : JSON.stringify(answer);

  switch (question.type) {
    case "nps":
      return typeof answer === "number"
        ? `${format.number(answer)} · ${t(`responses.npsGroups.${npsGroup(answer)}`)}`
        : String(answer);
    case "csat":
      return t("responses.answer.outOf", { value: format.number(Number(answer)), max: 5 });
    case "ces":
      return t("responses.answer.outOf", { value: format.number(Number(answer)), max: 7 });
    case "rating":
      return t("responses.answer.outOf", { value: format.number(Number(answer)), max: question.points });
    case "number":
      return typeof answer === "number" ? format.number(answer) : String(answer);
    case "single_choice":
    case "dropdown":
      if (!isRecord(answer)) return String(answer);
      return other(answer.other) ?? label(question.choices, answer.choice);
    case "multiple_choice": {
      if (!isRecord(answer)) return String(answer);
      const chosen = Array.isArray(answer.choices)
        ? answer.choices.map((id) => label(question.choices, id))
        : [];
      return [...chosen, other(answer.other)].filter(Boolean).join(", ");
    }
    case "ranking":
      return Array.isArray(answer)
        ? answer.map((id, i) => `${i + 1}. ${label(question.choices, id)}`).join("\n")
        : String(answer);
    case "matrix":
      if (!isRecord(answer)) return String(answer);
      return question.rows
        .filter((row) => row.id in answer)
        .map((row) => `${text(row.label)}: ${label(question.columns, answer[row.id])}`)
        .join("\n");
    case "goal_completion": {
      if (!isRecord(answer)) return String(answer);
      const achieved = t("responses.answer.achieved", { value: yesNo(answer.achieved) });
      if (answer.intent === undefined) return achieved;
      const intent = question.intentChoices
        ? label(question.intentChoices, answer.intent)
        : String(answer.intent);
      return `${achieved}\n${t("responses.answer.intent", { value: intent })}`;
    }
    case "consent":
      return t(answer ? "responses.answer.accepted" : "responses.answer.declined");
    case "date":
      return typeof answer === "string" && /^\d{4}-\d{2}-\d{2}$/.test(answer)
        ? format.date(`${answer}T00:00:00`)
        : String(answer);
    default:
      return typeof answer === "string" ? answer : JSON.stringify(answer);
  }
}

/** The first score answered (NPS, CSAT, CES or rating), for the table's at-a-glance column. */
export function headlineScore(questions: Question[], answers: Record<string, unknown>) {
  for (const question of questions) {
    const value = answers[question.id];
    if (["nps", "csat", "ces", "rating"].includes(question.type) && typeof value === "number")
      return { question, value };
  }
  return null;
}
