// The workspace's CX dashboard: created with the workspace and, for workspaces older than dashboards, on
// the first list. It reads the first live survey with an NPS question; until there is one it is empty with
// a note, and it is filled in on a later list as long as nobody has edited it.
import {
  allQuestions,
  type Channel,
  type DashboardWidgetInput,
  dashboardFiltersSchema,
  dashboardWidgetSchema,
  type Question,
  type Survey,
} from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import type { Caller } from "../platform/caller.ts";
import { findSurveyIn, listSurveys } from "../surveys/service.ts";
import {
  type DashboardContent,
  findDefaultDashboard,
  insertDashboard,
  updateDashboard,
} from "./dashboard-repo.ts";
import type { AnalyticsDeps } from "./filters.ts";

export const DEFAULT_DASHBOARD_NOTE =
  "No live survey asks an NPS question yet: publish one and this dashboard fills in.";

const globalFilters = dashboardFiltersSchema.parse({ date: { preset: "last_30_days" } });

/**
 * The heatmap's rows: a fixed set, since a widget's rows are stored queries. These five (in-app, web, email
 * link, branch tablet, call-centre IVR) are where most feedback arrives; a channel without answers shows
 * empty cells, and an editor can add or drop rows. Reading the channels present in the rollups instead
 * would freeze whichever happened to answer before the dashboard was made.
 */
export const HEATMAP_CHANNELS: readonly { channel: Channel; vi: string; en: string }[] = [
  { channel: "app", vi: "Ứng dụng", en: "App" },
  { channel: "web", vi: "Web", en: "Web" },
  { channel: "email", vi: "Email", en: "Email" },
  { channel: "branch", vi: "Chi nhánh", en: "Branch" },
  { channel: "phone", vi: "Điện thoại", en: "Phone" },
];
const title = (vi: string, en: string) => ({ vi, en });

function widgetsFor(survey: Survey, nps: Question): DashboardWidgetInput[] {
  const questions = allQuestions(survey.definition);
  const first = (type: string) => questions.find((q) => q.type === type);
  const source = (questionId: string) => ({
    kind: "survey_question" as const,
    surveyId: survey.id,
    questionId,
  });
  const kpis = (["nps", "csat", "ces"] as const).flatMap((metric) => {
    const question = first(metric);
    return question ? [{ metric, question }] : [];
  });
  const predictors = questions
    .filter((q) => q.id !== nps.id && ["csat", "ces", "rating"].includes(q.type))
    .slice(0, 15)
    .map((q) => q.id);
  const widgets: DashboardWidgetInput[] = kpis.map(({ metric, question }, i) => ({
    kind: "kpi",
    id: `kpi_${metric}`,
    title: title(metric.toUpperCase(), metric.toUpperCase()),
    layout: { x: i * 4, y: 0, w: 4, h: 2 },
    query: { metric, source: source(question.id), compare: { kind: "previous_period" } },
  }));
  widgets.push(
    {
      kind: "trend",
      id: "nps_trend",
      title: title("NPS theo tuần", "NPS by week"),
      layout: { x: 0, y: 2, w: 8, h: 4 },
      query: { metric: "nps", source: source(nps.id), groupBy: { kind: "week" } },
    },
    {
      kind: "breakdown",
      id: "nps_by_channel",
      title: title("NPS theo kênh", "NPS by channel"),
      layout: { x: 8, y: 2, w: 4, h: 4 },
      query: { metric: "nps", source: source(nps.id), groupBy: { kind: "channel" } },
    },
  );
  if (predictors.length > 0) {
    widgets.push({
      kind: "drivers",
      id: "nps_drivers",
      title: title("Yếu tố tác động đến NPS", "Drivers of NPS"),
      layout: { x: 0, y: 6, w: 6, h: 5 },
      request: { surveyId: survey.id, outcome: nps.id, predictors },
    });
  }
  widgets.push(
    {
      kind: "distribution",
      id: "nps_distribution",
      title: title("Phân bố điểm NPS", "NPS distribution"),
      layout: { x: 6, y: 6, w: 6, h: 5 },
      surveyId: survey.id,
      questionId: nps.id,
    },
    {
      kind: "heatmap",
      id: "nps_channel_week",
      title: title("NPS theo kênh × tuần", "NPS by channel × week"),
      layout: { x: 0, y: 11, w: 12, h: 4 },
      rows: HEATMAP_CHANNELS.map(({ channel, vi, en }) => ({
        label: title(vi, en),
        query: {
          metric: "nps",
          source: source(nps.id),
          groupBy: { kind: "week" },
          filters: { channels: [channel] },
        },
      })),
    },
    {
      kind: "comments",
      id: "negative_comments",
      title: title("Góp ý tiêu cực", "Negative comments"),
      layout: { x: 0, y: 15, w: 12, h: 5 },
      filters: { sentiment: "negative", surveyId: survey.id },
    },
  );
  return widgets;
}

/** The default dashboard's content over `survey` (its first NPS question), or empty with a note. */
export function defaultDashboardContent(survey: Survey | undefined): DashboardContent {
  const nps = survey && allQuestions(survey.definition).find((q) => q.type === "nps");
  return {
    name: "CX",
    team: null,
    globalFilters,
    widgets: survey && nps ? widgetsFor(survey, nps).map((w) => dashboardWidgetSchema.parse(w)) : [],
    note: survey && nps ? null : DEFAULT_DASHBOARD_NOTE,
  };
}

/** The oldest live survey with an NPS question. */
async function firstNpsSurvey(deps: AnalyticsDeps, caller: Caller) {
  const live: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listSurveys(deps, caller, { status: "live", limit: 100, cursor });
    live.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  for (const id of live.reverse()) {
    const survey = await findSurveyIn(deps.database.db, caller.workspaceId, id);
    if (survey && allQuestions(survey.definition).some((q) => q.type === "nps")) return survey;
  }
  return undefined;
}

/** For a workspace being created: nothing is live yet, so the dashboard starts empty. */
export async function createDefaultDashboard(ex: Executor, workspaceId: string, now: Date) {
  await insertDashboard(ex, {
    workspaceId,
    id: newId(),
    content: defaultDashboardContent(undefined),
    isDefault: true,
    createdBy: "system",
    now,
  });
}

/** Creates the default when missing, and fills an empty, never edited one once a survey fits. */
export async function ensureDefaultDashboard(deps: AnalyticsDeps, caller: Caller) {
  const { db } = deps.database;
  const existing = await findDefaultDashboard(db, caller.workspaceId);
  if (existing && (existing.widgets.length > 0 || existing.version > 1)) return;
  const survey = await firstNpsSurvey(deps, caller);
  if (existing && !survey) return;
  const content = defaultDashboardContent(survey);
  const now = deps.clock.now();
  if (existing) {
    await updateDashboard(db, caller.workspaceId, existing.id, existing.version, content, now);
    return;
  }
  await insertDashboard(db, {
    workspaceId: caller.workspaceId,
    id: newId(),
    content,
    isDefault: true,
    createdBy: "system",
    now,
  });
}
