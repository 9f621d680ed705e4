// A new question of each type with sensible defaults, and the groups the "add question" select offers.
import type { Choice, Question, QuestionType } from "@touchpoint/core";
import type { Localize } from "../use-localize.ts";
import { numberedKey } from "./survey-keys.ts";

export const QUESTION_TYPE_GROUPS: readonly {
  group: "scores" | "choices" | "inputs";
  types: QuestionType[];
}[] = [
  { group: "scores", types: ["nps", "csat", "ces", "rating", "goal_completion"] },
  { group: "choices", types: ["single_choice", "multiple_choice", "dropdown", "matrix", "ranking"] },
  { group: "inputs", types: ["text", "number", "date", "email", "phone", "consent"] },
];

export function newChoice(
  existing: readonly Choice[],
  localize: Localize,
  kind: "option" | "row" | "column",
) {
  const id = numberedKey(
    kind === "row" ? "r" : "c",
    existing.map((choice) => choice.id),
  );
  return { id, label: localize(kind, { n: existing.length + 1 }) };
}

function choiceList(count: number, localize: Localize, kind: "option" | "row" | "column"): Choice[] {
  const list: Choice[] = [];
  for (let i = 0; i < count; i += 1) list.push(newChoice(list, localize, kind));
  return list;
}

export function newQuestion(type: QuestionType, id: string, localize: Localize): Question {
  const base = { id, title: {}, required: false };
  switch (type) {
    case "nps":
      return {
        ...base,
        type,
        title: localize("npsTitle"),
        lowLabel: localize("npsLow"),
        highLabel: localize("npsHigh"),
      };
    case "csat":
      return {
        ...base,
        type,
        title: localize("csatTitle"),
        lowLabel: localize("csatLow"),
        highLabel: localize("csatHigh"),
      };
    case "ces":
      return {
        ...base,
        type,
        title: localize("cesTitle"),
        lowLabel: localize("cesLow"),
        highLabel: localize("cesHigh"),
      };
    case "rating":
      return { ...base, type, style: "stars", points: 5 };
    case "goal_completion":
      return { ...base, type, title: localize("goalTitle") };
    case "single_choice":
    case "dropdown":
      return { ...base, type, choices: choiceList(3, localize, "option"), allowOther: false };
    case "multiple_choice":
      return { ...base, type, choices: choiceList(3, localize, "option"), allowOther: false };
    case "matrix":
      return {
        ...base,
        type,
        rows: choiceList(2, localize, "row"),
        columns: choiceList(3, localize, "column"),
      };
    case "ranking":
      return { ...base, type, choices: choiceList(3, localize, "option") };
    case "text":
      return { ...base, type, multiline: true, maxLength: 5000 };
    case "number":
      return { ...base, type, integer: false };
    case "date":
    case "email":
    case "phone":
      return { ...base, type };
    case "consent":
      return { ...base, type, text: localize("consentText") };
  }
}
