// Filter by answer: pick a question, then choices (choice questions) or a min–max range (scales, numbers),
// with the NPS groups as a shortcut for an NPS question.
import { Group, MultiSelect, Select } from "@mantine/core";
import { allQuestions, pickText, type SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import {
  choicesOf,
  filterableQuestions,
  isChoiceQuestion,
  isScaleQuestion,
  NPS_GROUP_RANGES,
  NPS_GROUPS,
  npsGroupOf,
  scaleOf,
} from "./answer-filter.ts";
import { AnswerRangeInputs } from "./answer-range-inputs.tsx";

interface AnswerFilterInputProps {
  definition: SurveyDefinition;
  question: string | null;
  value: string;
  onChange: (next: { answerQuestion: string | null; answerValue: string }) => void;
}

export function AnswerFilterInput({ definition, question, value, onChange }: AnswerFilterInputProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? definition.defaultLanguage;
  const text = (localized: Parameters<typeof pickText>[0]) =>
    pickText(localized, language, definition.defaultLanguage);
  const questions = filterableQuestions(allQuestions(definition));
  const chosen = questions.find((candidate) => candidate.id === question);
  const setValue = (answerValue: string) => onChange({ answerQuestion: question, answerValue });
  if (questions.length === 0) return null;

  const scale = chosen && isScaleQuestion(chosen) ? scaleOf(chosen) : null;

  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <Select
        label={t("responses.filters.answer")}
        placeholder={t("responses.filters.question")}
        data={questions.map((candidate) => ({
          value: candidate.id,
          label: text(candidate.title) || candidate.id,
        }))}
        value={chosen ? chosen.id : null}
        onChange={(answerQuestion) => onChange({ answerQuestion, answerValue: "" })}
        clearable
        searchable
        w={200}
        comboboxProps={{ width: 320, position: "bottom-start" }}
        data-testid="responses-filter-answer-question"
      />
      {chosen && isChoiceQuestion(chosen) && (
        <MultiSelect
          aria-label={t("responses.filters.choices")}
          placeholder={choicesOf(value).length === 0 ? t("responses.filters.choices") : undefined}
          data={chosen.choices.map((choice) => ({
            value: choice.id,
            label: text(choice.label) || choice.id,
          }))}
          value={choicesOf(value)}
          onChange={(ids) => setValue(ids.join(","))}
          clearable
          w={240}
          data-testid="responses-filter-answer-choices"
        />
      )}
      {chosen?.type === "nps" && (
        <Select
          aria-label={t("responses.filters.npsGroup")}
          placeholder={t("responses.filters.npsGroup")}
          data={NPS_GROUPS.map((group) => ({
            value: group,
            label: t(`responses.filters.npsGroups.${group}`, {
              min: format.number(NPS_GROUP_RANGES[group][0]),
              max: format.number(NPS_GROUP_RANGES[group][1]),
            }),
          }))}
          value={npsGroupOf(value)}
          onChange={(group) => setValue(group ?? "")}
          clearable
          w={170}
          data-testid="responses-filter-answer-group"
        />
      )}
      {scale && <AnswerRangeInputs key={question} value={value} scale={scale} onChange={setValue} />}
    </Group>
  );
}
