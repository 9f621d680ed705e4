// The add-widget form's choices and the widget they make: which metrics fit a question (as the analytics
// API accepts them), which questions each kind can show, and the widget with its request and a starting
// size. Pure, so the form and its tests agree with the server's rules.
import {
  type AnalyticsMetric,
  allQuestions,
  type Channel,
  type DashboardWidget,
  type DashboardWidgetInput,
  dashboardWidgetSchema,
  MAX_DRIVER_PREDICTORS,
  type Question,
  type Survey,
} from "@touchpoint/core";

export type WidgetKind = DashboardWidget["kind"];
export const TIME_GROUPS = ["week", "month", "day", "quarter"] as const;
export const GROUPS = ["channel", "language"] as const;
export type TimeGroup = (typeof TIME_GROUPS)[number];
export type Group = (typeof GROUPS)[number];
export const SENTIMENTS = ["negative", "neutral", "positive"] as const;

/** The heatmap's rows: the five channels most feedback arrives on, as in the default dashboard. */
export const HEATMAP_CHANNELS: readonly Channel[] = ["app", "web", "email", "branch", "phone"];

const METRICS_OF: Partial<Record<Question["type"], AnalyticsMetric[]>> = {
  nps: ["nps", "mean", "top_box"],
  csat: ["csat", "mean", "top_box"],
  ces: ["ces", "mean", "top_box"],
  rating: ["mean", "top_box"],
  number: ["mean"],
  goal_completion: ["goal_completion"],
};
const NUMERIC = new Set<Question["type"]>(["nps", "csat", "ces", "rating", "number"]);
const DISTRIBUTED = new Set<Question["type"]>([
  "nps",
  "csat",
  "ces",
  "rating",
  "single_choice",
  "multiple_choice",
  "dropdown",
]);

export function metricsFor(question: Question | undefined): AnalyticsMetric[] {
  return question ? (METRICS_OF[question.type] ?? []) : [];
}

/** The questions a kind can show; comments need none. */
export function questionsFor(kind: WidgetKind, survey: Survey | undefined): Question[] {
  if (!survey || kind === "comments") return [];
  const questions = allQuestions(survey.definition);
  if (kind === "distribution") return questions.filter((q) => DISTRIBUTED.has(q.type));
  if (kind === "drivers") return questions.filter((q) => NUMERIC.has(q.type));
  return questions.filter((q) => metricsFor(q).length > 0);
}

export interface WidgetDraft {
  kind: WidgetKind;
  title: { vi?: string; en?: string };
  survey: Survey;
  questionId: string | null;
  metric: AnalyticsMetric | null;
  timeGroup: TimeGroup;
  group: Group;
  sentiment: (typeof SENTIMENTS)[number] | null;
  /** A heatmap row's title per channel. */
  channelTitle: (channel: Channel) => { vi: string; en: string };
}

const SIZES: Record<WidgetKind, { w: number; h: number }> = {
  kpi: { w: 4, h: 2 },
  trend: { w: 8, h: 4 },
  breakdown: { w: 4, h: 4 },
  heatmap: { w: 12, h: 4 },
  drivers: { w: 12, h: 5 },
  distribution: { w: 6, h: 5 },
  comments: { w: 12, h: 5 },
};

/** The widget, or null while the form lacks what its kind needs; checked by core's schema as the API will. */
export function buildWidget(draft: WidgetDraft, id: string): DashboardWidget | null {
  const input = widgetInput(draft, id);
  const parsed = input && dashboardWidgetSchema.safeParse(input);
  return parsed?.success ? parsed.data : null;
}

function widgetInput(draft: WidgetDraft, id: string): DashboardWidgetInput | null {
  const title = {
    ...(draft.title.vi?.trim() ? { vi: draft.title.vi.trim() } : {}),
    ...(draft.title.en?.trim() ? { en: draft.title.en.trim() } : {}),
  };
  if (!title.vi && !title.en) return null;
  const base = { id, title, layout: { x: 0, y: 0, ...SIZES[draft.kind] } };
  const surveyId = draft.survey.id;
  if (draft.kind === "comments") {
    return {
      ...base,
      kind: "comments",
      filters: { surveyId, ...(draft.sentiment ? { sentiment: draft.sentiment } : {}) },
      limit: 10,
    };
  }
  const questionId = draft.questionId;
  if (!questionId || !questionsFor(draft.kind, draft.survey).some((q) => q.id === questionId)) return null;
  if (draft.kind === "distribution") return { ...base, kind: "distribution", surveyId, questionId };
  if (draft.kind === "drivers") {
    const predictors = questionsFor("drivers", draft.survey)
      .filter((q) => q.id !== questionId)
      .slice(0, MAX_DRIVER_PREDICTORS)
      .map((q) => q.id);
    if (predictors.length === 0) return null;
    return {
      ...base,
      kind: "drivers",
      request: { surveyId, outcome: questionId, predictors },
    };
  }
  const question = allQuestions(draft.survey.definition).find((q) => q.id === questionId);
  const metric = draft.metric;
  if (!metric || !metricsFor(question).includes(metric)) return null;
  const source = { kind: "survey_question" as const, surveyId, questionId };
  const query = { metric, source };
  switch (draft.kind) {
    case "kpi":
      return { ...base, kind: "kpi", query: { ...query, compare: { kind: "previous_period" } } };
    case "trend":
      return { ...base, kind: "trend", query: { ...query, groupBy: { kind: draft.timeGroup } } };
    case "breakdown":
      return { ...base, kind: "breakdown", query: { ...query, groupBy: { kind: draft.group } } };
    case "heatmap":
      return {
        ...base,
        kind: "heatmap",
        rows: HEATMAP_CHANNELS.map((channel) => ({
          label: draft.channelTitle(channel),
          query: { ...query, groupBy: { kind: draft.timeGroup }, filters: { channels: [channel] } },
        })),
      };
  }
}
