// The min and max of an answer filter's range; either may stay empty (an open end).
import { NumberInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Range, rangeOf, rangeValue } from "./answer-filter.ts";

interface AnswerRangeInputsProps {
  /** The filter's value: a range, a number or an NPS group. */
  value: string;
  scale: Partial<Range> & { decimals: boolean };
  onChange: (value: string) => void;
}

type Draft = { min: number | string; max: number | string };
const toBound = (input: number | string) => (typeof input === "number" ? input : null);
const draftOf = (value: string): Draft => {
  const { min, max } = rangeOf(value);
  return { min: min ?? "", max: max ?? "" };
};
const filterValueOf = (draft: Draft) => rangeValue({ min: toBound(draft.min), max: toBound(draft.max) });

export function AnswerRangeInputs({ value, scale, onChange }: AnswerRangeInputsProps) {
  const { t } = useTranslation();
  // What is typed stays as typed ("-", "1."); a value set elsewhere (an NPS group, clearing) replaces it.
  const [draft, setDraft] = useState(() => draftOf(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== filterValueOf(draft)) setDraft(draftOf(value));
  }
  const change = (next: Draft) => {
    setDraft(next);
    onChange(filterValueOf(next));
  };
  const bounds = { min: scale.min ?? undefined, max: scale.max ?? undefined, allowDecimal: scale.decimals };

  return (
    <>
      <NumberInput
        aria-label={t("responses.filters.min")}
        placeholder={t("responses.filters.min")}
        value={draft.min}
        onChange={(min) => change({ ...draft, min })}
        {...bounds}
        w={100}
        data-testid="responses-filter-answer-min"
      />
      <NumberInput
        aria-label={t("responses.filters.max")}
        placeholder={t("responses.filters.max")}
        value={draft.max}
        onChange={(max) => change({ ...draft, max })}
        {...bounds}
        w={100}
        data-testid="responses-filter-answer-max"
      />
    </>
  );
}
