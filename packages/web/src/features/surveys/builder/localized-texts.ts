// Visits every respondent-facing text of a definition, to drop a language or count missing translations.
import type { Choice, LocalizedText, Question, SurveyDefinition } from "@touchpoint/core";

type MapText = (text: LocalizedText) => LocalizedText;

const optional = (text: LocalizedText | undefined, map: MapText) => (text ? map(text) : undefined);
const choices = (list: Choice[], map: MapText) =>
  list.map((choice) => ({ ...choice, label: map(choice.label) }));

function mapQuestionTexts(question: Question, map: MapText): Question {
  const base = { title: map(question.title), description: optional(question.description, map) };
  switch (question.type) {
    case "nps":
    case "csat":
    case "ces":
    case "rating":
      return {
        ...question,
        ...base,
        lowLabel: optional(question.lowLabel, map),
        highLabel: optional(question.highLabel, map),
      };
    case "goal_completion":
      return {
        ...question,
        ...base,
        achievedLabel: optional(question.achievedLabel, map),
        intentChoices: question.intentChoices && choices(question.intentChoices, map),
      };
    case "single_choice":
    case "multiple_choice":
    case "dropdown":
    case "ranking":
      return { ...question, ...base, choices: choices(question.choices, map) };
    case "matrix":
      return {
        ...question,
        ...base,
        rows: choices(question.rows, map),
        columns: choices(question.columns, map),
      };
    case "text":
      return { ...question, ...base, placeholder: optional(question.placeholder, map) };
    case "consent":
      return { ...question, ...base, text: map(question.text) };
    default:
      return { ...question, ...base };
  }
}

export function mapTexts(definition: SurveyDefinition, map: MapText): SurveyDefinition {
  const screen = <T extends { title: LocalizedText; body?: LocalizedText }>(value: T): T => ({
    ...value,
    title: map(value.title),
    body: optional(value.body, map),
  });
  return {
    ...definition,
    title: map(definition.title),
    description: optional(definition.description, map),
    welcome: definition.welcome && screen(definition.welcome),
    pages: definition.pages.map((page) => ({
      ...page,
      title: optional(page.title, map),
      questions: page.questions.map((question) => mapQuestionTexts(question, map)),
    })),
    endings: definition.endings.map(screen),
  };
}

export function removeLanguage(definition: SurveyDefinition, language: string): SurveyDefinition {
  const mapped = mapTexts(definition, (text) =>
    Object.fromEntries(Object.entries(text).filter(([key]) => key !== language)),
  );
  return { ...mapped, languages: definition.languages.filter((candidate) => candidate !== language) };
}

/** Texts that have a default-language version but none in `language`. */
export function countMissingTexts(definition: SurveyDefinition, language: string): number {
  let missing = 0;
  mapTexts(definition, (text) => {
    if (text[definition.defaultLanguage] && !text[language]) missing += 1;
    return text;
  });
  return missing;
}
