// /dashboard: the CX dashboard of one survey — KPI tiles, the NPS trend, breakdowns by channel and hidden
// field, key drivers and the NPS answers — over the period and channel of the global filters, which live in
// the URL so a link shows the same view; figures refresh as new responses reach the rollups. Saved,
// shared dashboards built from widgets are /dashboards.
import { Button, EmptyState, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LoadingState } from "../../ui/loading-state.tsx";
import { PageTitle } from "../../ui/page-title.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { useLiveSurveys } from "./analytics-queries.ts";
import { BreakdownCard } from "./breakdown-card.tsx";
import {
  type DashboardFilters,
  lastDays,
  readDashboardFilters,
  toAnalyticsFilters,
  writeDashboardFilters,
} from "./dashboard-filters.ts";
import { DashboardFiltersBar } from "./dashboard-filters-bar.tsx";
import type { DashboardScope } from "./dashboard-scope.ts";
import { defaultSurveyId, KPI_METRICS, readDashboardSurvey } from "./dashboard-survey.ts";
import { DriversCard } from "./drivers-card.tsx";
import { KpiTile } from "./kpi-tile.tsx";
import { NpsDistributionCard } from "./nps-distribution-card.tsx";
import { NpsTrendCard } from "./nps-trend-card.tsx";
import { useLiveRollups } from "./use-live-rollups.ts";
import { workspaceToday } from "./workspace-today.ts";

/** Breakdowns by more hidden fields than this would crowd out the rest of the page. */
const MAX_HIDDEN_FIELD_BREAKDOWNS = 2;

export function DashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readDashboardFilters(params), [params]);
  const live = useLiveSurveys();
  useLiveRollups();
  const survey =
    live.surveys.find((candidate) => candidate.id === filters.surveyId) ??
    live.surveys.find((candidate) => candidate.id === defaultSurveyId(live.surveys));
  const { timeZone } = useCurrentMe();
  const range = useMemo(
    () => lastDays(filters.days, workspaceToday(new Date(), timeZone)),
    [filters.days, timeZone],
  );

  const scope: DashboardScope | null = useMemo(
    () =>
      survey
        ? {
            survey,
            read: readDashboardSurvey(survey),
            range,
            days: filters.days,
            filters: toAnalyticsFilters(filters, range),
          }
        : null,
    [survey, range, filters],
  );

  const change = (next: DashboardFilters) => setParams(writeDashboardFilters(next), { replace: true });

  const body = () => {
    if (live.error) return <ProblemAlert error={live.error} onRetry={live.refetch} />;
    if (live.isPending) return <LoadingState />;
    if (!scope) {
      return (
        <EmptyState
          icon={<IconChartBar />}
          withIndicatorBackground
          title={t("dashboard.empty.title")}
          description={t("dashboard.empty.body")}
          data-testid="dashboard-empty"
        >
          <EmptyState.Actions>
            <Button component={Link} to="/surveys" variant="light">
              {t("dashboard.empty.action")}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      );
    }
    return (
      <>
        <DashboardFiltersBar
          surveys={live.surveys}
          surveyId={scope.survey.id}
          filters={filters}
          range={range}
          onChange={change}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {KPI_METRICS.map((metric) => (
            <KpiTile key={metric} metric={metric} scope={scope} />
          ))}
        </SimpleGrid>
        {scope.read.kpis.nps ? (
          <NpsWidgets scope={scope} />
        ) : (
          <Text c="dimmed" data-testid="dashboard-no-nps">
            {t("dashboard.noNps")}
          </Text>
        )}
      </>
    );
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <PageTitle>{t("dashboard.title")}</PageTitle>
        <Text c="dimmed">{t("dashboard.intro")}</Text>
      </Stack>
      {body()}
    </Stack>
  );
}

/** The widgets built on the survey's NPS question: its trend, its answers, breakdowns and key drivers. */
function NpsWidgets({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation();
  const hiddenFields = scope.read.hiddenFields.slice(0, MAX_HIDDEN_FIELD_BREAKDOWNS);
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <NpsTrendCard scope={scope} />
        <NpsDistributionCard scope={scope} />
        <BreakdownCard
          scope={scope}
          title={t("dashboard.breakdown.channel")}
          groupBy={{ kind: "channel" }}
          labelOf={(channel) => t(`responses.channels.${channel}`, { defaultValue: channel })}
          testId="breakdown-channel"
        />
        {hiddenFields.map((key) => (
          <BreakdownCard
            key={key}
            scope={scope}
            title={t("dashboard.breakdown.hiddenField", { field: key })}
            groupBy={{ kind: "hidden_field", key }}
            testId={`breakdown-hidden-${key}`}
          />
        ))}
      </SimpleGrid>
      <DriversCard scope={scope} />
    </>
  );
}
