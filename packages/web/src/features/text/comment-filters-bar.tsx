// The search box and filters above the comments: sentiment, topic (the effective taxonomy), language,
// source, survey, touchpoint, period and labels.

import { Button, Group, Loader, Select, Stack, TextInput } from "@mantine/core";
import { IconFilterOff, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSurveys } from "../surveys/surveys-queries.ts";
import { useLanguageName } from "../surveys/use-language-name.ts";
import {
  type CommentFilterState,
  hasCommentFilters,
  NO_COMMENT_FILTERS,
  SENTIMENTS,
  SOURCE_KINDS,
} from "./comment-filters.ts";
import { useCommentTouchpoints } from "./comments-queries.ts";

/** Languages the analysis tells apart ("other": another script or too few known words). */
const LANGUAGES = ["vi", "en", "other", "unknown"] as const;

/** Two filters a row on a phone; their own width from the small breakpoint up. */
const filterWidth = (pixels: number) => ({ base: "calc(50% - var(--mantine-spacing-sm) / 2)", sm: pixels });

interface CommentFiltersBarProps {
  /** What the search box shows, ahead of the debounced `value.q`. */
  text: string;
  onTextChange: (text: string) => void;
  value: CommentFilterState;
  onChange: (next: CommentFilterState) => void;
  topics: { value: string; label: string }[];
  searching: boolean;
}

export function CommentFiltersBar({
  text,
  onTextChange,
  value,
  onChange,
  topics,
  searching,
}: CommentFiltersBarProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const surveys = useSurveys(null);
  const [touchpointsWanted, setTouchpointsWanted] = useState(false);
  const touchpoints = useCommentTouchpoints(touchpointsWanted);
  // A touchpoint from a shared link stays choosable even when no comment carries it any more.
  const touchpointOptions = (touchpoints.data ?? []).map((item) => item.touchpoint);
  if (value.touchpoint && !touchpointOptions.includes(value.touchpoint))
    touchpointOptions.push(value.touchpoint);
  const set = (change: Partial<CommentFilterState>) => onChange({ ...value, ...change });
  const any = t("feedback.filters.any");

  return (
    <Stack gap="sm">
      <TextInput
        maw={640}
        label={t("feedback.search.label")}
        description={t("feedback.search.hint")}
        placeholder={t("feedback.search.placeholder")}
        leftSection={<IconSearch size={16} />}
        rightSection={searching ? <Loader size="xs" /> : undefined}
        value={text}
        onChange={(event) => onTextChange(event.currentTarget.value)}
        type="search"
        data-testid="feedback-search"
      />
      <Group gap="sm" align="flex-end">
        <Select
          w={filterWidth(150)}
          label={t("feedback.filters.sentiment")}
          placeholder={any}
          data={SENTIMENTS.map((sentiment) => ({
            value: sentiment,
            label: t(`feedback.sentiments.${sentiment}`),
          }))}
          value={value.sentiment}
          onChange={(next) => set({ sentiment: SENTIMENTS.find((sentiment) => sentiment === next) ?? null })}
          clearable
          data-testid="feedback-filter-sentiment"
        />
        <Select
          w={filterWidth(200)}
          label={t("feedback.filters.topic")}
          placeholder={any}
          data={topics}
          value={value.topic}
          onChange={(topic) => set({ topic })}
          clearable
          searchable
          data-testid="feedback-filter-topic"
        />
        <Select
          w={filterWidth(170)}
          label={t("feedback.filters.language")}
          placeholder={any}
          data={LANGUAGES.map((language) => ({
            value: language,
            label:
              language === "other" || language === "unknown"
                ? t(`feedback.languages.${language}`)
                : languageName(language),
          }))}
          value={value.language}
          onChange={(language) => set({ language })}
          clearable
          data-testid="feedback-filter-language"
        />
        <Select
          w={filterWidth(190)}
          label={t("feedback.filters.kind")}
          placeholder={any}
          data={SOURCE_KINDS.map((kind) => ({ value: kind, label: t(`feedback.kinds.${kind}`) }))}
          value={value.kind}
          onChange={(next) => set({ kind: SOURCE_KINDS.find((kind) => kind === next) ?? null })}
          clearable
          data-testid="feedback-filter-kind"
        />
        <Select
          w={filterWidth(220)}
          label={t("feedback.filters.survey")}
          placeholder={any}
          data={(surveys.data ?? []).map((survey) => ({ value: survey.id, label: survey.name }))}
          value={value.surveyId}
          onChange={(surveyId) => set({ surveyId })}
          clearable
          searchable
          data-testid="feedback-filter-survey"
        />
        <Select
          w={filterWidth(200)}
          label={t("feedback.filters.touchpoint")}
          placeholder={any}
          data={touchpointOptions}
          value={value.touchpoint}
          onChange={(touchpoint) => set({ touchpoint })}
          clearable
          searchable
          nothingFoundMessage={t(
            touchpoints.isFetching ? "feedback.filters.loadingTouchpoints" : "feedback.filters.noTouchpoint",
          )}
          onDropdownOpen={() => setTouchpointsWanted(true)}
          data-testid="feedback-filter-touchpoint"
        />
        <TextInput
          type="date"
          w={filterWidth(160)}
          label={t("feedback.filters.from")}
          value={value.from}
          max={value.to || undefined}
          onChange={(event) => set({ from: event.currentTarget.value })}
          data-testid="feedback-filter-from"
        />
        <TextInput
          type="date"
          w={filterWidth(160)}
          label={t("feedback.filters.to")}
          value={value.to}
          min={value.from || undefined}
          onChange={(event) => set({ to: event.currentTarget.value })}
          data-testid="feedback-filter-to"
        />
        <Select
          w={filterWidth(160)}
          label={t("feedback.filters.labelled")}
          placeholder={any}
          data={[
            { value: "true", label: t("feedback.filters.labelledYes") },
            { value: "false", label: t("feedback.filters.labelledNo") },
          ]}
          value={value.labelled === null ? null : String(value.labelled)}
          onChange={(next) => set({ labelled: next === null ? null : next === "true" })}
          clearable
          data-testid="feedback-filter-labelled"
        />
        {hasCommentFilters(value) && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => {
              onTextChange("");
              onChange(NO_COMMENT_FILTERS);
            }}
            data-testid="feedback-filters-clear"
          >
            {t("feedback.filters.clear")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
