// The add-widget modal: the kind, a title in Vietnamese and English, the survey, and the question, metric
// and grouping that kind needs, offered from the survey's own questions.
import { Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { type AnalyticsMetric, type DashboardWidget, pickText, WIDGET_KINDS } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLiveSurveys } from "../analytics/analytics-queries.ts";
import {
  buildWidget,
  GROUPS,
  HEATMAP_CHANNELS,
  metricsFor,
  questionsFor,
  SENTIMENTS,
  TIME_GROUPS,
  type WidgetDraft,
  type WidgetKind,
} from "./widget-draft.ts";

interface WidgetFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** A fresh id for the kind chosen. */
  idFor: (kind: WidgetKind) => string;
  onAdd: (widget: DashboardWidget) => void;
}

export function WidgetFormModal({ opened, onClose, idFor, onAdd }: WidgetFormModalProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "vi";
  const live = useLiveSurveys();
  const [kind, setKind] = useState<WidgetKind>("kpi");
  const [title, setTitle] = useState({ vi: "", en: "" });
  const [surveyId, setSurveyId] = useState<string | null>(null);
  const [questionId, setQuestionId] = useState<string | null>(null);
  const [metric, setMetric] = useState<AnalyticsMetric | null>(null);
  const [timeGroup, setTimeGroup] = useState<WidgetDraft["timeGroup"]>("week");
  const [group, setGroup] = useState<WidgetDraft["group"]>("channel");
  const [sentiment, setSentiment] = useState<WidgetDraft["sentiment"]>(null);

  const survey = live.surveys.find((candidate) => candidate.id === surveyId);
  const questions = questionsFor(kind, survey);
  const question = questions.find((candidate) => candidate.id === questionId);
  const metrics = metricsFor(question);
  const needsMetric = kind === "kpi" || kind === "trend" || kind === "breakdown" || kind === "heatmap";
  const en = i18n.getFixedT("en");
  const vi = i18n.getFixedT("vi");
  const widget = survey
    ? buildWidget(
        {
          kind,
          title,
          survey,
          questionId,
          metric,
          timeGroup,
          group,
          sentiment,
          channelTitle: (channel) => ({
            vi: vi(`responses.channels.${channel}`),
            en: en(`responses.channels.${channel}`),
          }),
        },
        idFor(kind),
      )
    : null;

  const pickQuestion = (id: string | null) => {
    setQuestionId(id);
    const fits = metricsFor(questions.find((candidate) => candidate.id === id));
    setMetric(fits[0] ?? null);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t("dashboards.form.title")} size="lg">
      <Stack gap="sm">
        <Select
          label={t("dashboards.form.kind")}
          data={WIDGET_KINDS.map((value) => ({ value, label: t(`dashboards.kinds.${value}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(value) => {
            const next = WIDGET_KINDS.find((known) => known === value);
            if (next) setKind(next);
            setQuestionId(null);
            setMetric(null);
          }}
          data-testid="widget-form-kind"
        />
        <Group grow>
          <TextInput
            label={t("dashboards.form.titleVi")}
            value={title.vi}
            onChange={(event) => setTitle({ ...title, vi: event.currentTarget.value })}
            data-testid="widget-form-title-vi"
          />
          <TextInput
            label={t("dashboards.form.titleEn")}
            value={title.en}
            onChange={(event) => setTitle({ ...title, en: event.currentTarget.value })}
            data-testid="widget-form-title-en"
          />
        </Group>
        <Select
          label={t("dashboards.form.survey")}
          data={live.surveys.map((item) => ({
            value: item.id,
            label: pickText(item.definition.title, language, item.definition.defaultLanguage) || item.name,
          }))}
          value={surveyId}
          onChange={(value) => {
            setSurveyId(value);
            pickQuestion(null);
          }}
          data-testid="widget-form-survey"
        />
        {kind !== "comments" && (
          <Select
            label={t("dashboards.form.question")}
            data={questions.map((item) => ({
              value: item.id,
              label: pickText(item.title, language, survey?.definition.defaultLanguage ?? "vi") || item.id,
            }))}
            value={questionId}
            onChange={pickQuestion}
            disabled={!survey}
            data-testid="widget-form-question"
          />
        )}
        {needsMetric && (
          <Select
            label={t("dashboards.form.metric")}
            data={metrics.map((value) => ({ value, label: t(`dashboards.metrics.${value}`) }))}
            value={metric}
            onChange={(value) => setMetric(metrics.find((known) => known === value) ?? null)}
            disabled={metrics.length === 0}
            data-testid="widget-form-metric"
          />
        )}
        {(kind === "trend" || kind === "heatmap") && (
          <Select
            label={t("dashboards.form.groupBy")}
            data={TIME_GROUPS.map((value) => ({ value, label: t(`dashboards.form.groupings.${value}`) }))}
            value={timeGroup}
            allowDeselect={false}
            onChange={(value) => setTimeGroup(TIME_GROUPS.find((known) => known === value) ?? "week")}
            data-testid="widget-form-time"
          />
        )}
        {kind === "breakdown" && (
          <Select
            label={t("dashboards.form.groupBy")}
            data={GROUPS.map((value) => ({ value, label: t(`dashboards.form.groupings.${value}`) }))}
            value={group}
            allowDeselect={false}
            onChange={(value) => setGroup(GROUPS.find((known) => known === value) ?? "channel")}
            data-testid="widget-form-group"
          />
        )}
        {kind === "heatmap" && (
          <Text size="sm" c="dimmed">
            {t("dashboards.form.rows", {
              channels: HEATMAP_CHANNELS.map((channel) => t(`responses.channels.${channel}`)).join(", "),
            })}
          </Text>
        )}
        {kind === "comments" && (
          <Select
            label={t("dashboards.form.sentiment")}
            placeholder={t("dashboards.form.anySentiment")}
            data={SENTIMENTS.map((value) => ({ value, label: t(`dashboards.form.sentiments.${value}`) }))}
            value={sentiment}
            onChange={(value) => setSentiment(SENTIMENTS.find((known) => known === value) ?? null)}
            clearable
            data-testid="widget-form-sentiment"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("dashboards.edit.cancel")}
          </Button>
          <Button
            disabled={!widget}
            onClick={() => {
              if (!widget) return;
              onAdd(widget);
              onClose();
            }}
            data-testid="widget-form-add"
          >
            {t("dashboards.form.add")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
